using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;
using Pathway.Runtime;
using Pathway.Runtime.Impact;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.Cli.Replay;

/// <summary>
/// `pathway replay`: what a draft rule set would have decided for the past referrals in a
/// database (a copy of production, say), against what was decided. Reads only.
/// </summary>
public static class ReplayCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public const string Usage = "pathway replay --database path --rule-set name --draft file.json [--locality code] [--days 90] [--format text|csv|json]";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = args.Chunk(2).Where(p => p.Length == 2 && p[0].StartsWith("--", StringComparison.Ordinal))
            .ToDictionary(p => p[0][2..], p => p[1], StringComparer.Ordinal);
        if (!options.TryGetValue("database", out var database) || !options.TryGetValue("rule-set", out var ruleSet) || !options.TryGetValue("draft", out var draftFile)
            || args.Length % 2 != 0)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }
        if (!File.Exists(database) || !File.Exists(draftFile))
        {
            Console.Error.WriteLine($"pathway replay: {(File.Exists(database) ? draftFile : database)} does not exist");
            return 2;
        }
        var locality = options.GetValueOrDefault("locality");
        var days = int.Parse(options.GetValueOrDefault("days") ?? "90", CultureInfo.InvariantCulture);
        var format = options.GetValueOrDefault("format") ?? "text";

        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddPathwayRuntime(new PathwayRuntimeOptions { ConnectionString = $"Data Source={database};Mode=ReadOnly", UseQuartz = false });
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var published = scope.ServiceProvider.GetRequiredService<DatabaseRuleSetSource>();
        await published.ReloadAsync(db, CancellationToken.None);
        var draft = RuleSetVersion.Create(ruleSet, locality, 0, await File.ReadAllTextAsync(draftFile));
        // A draft that does not load gives its load errors, never a partial report.
        if (RuleSetLoader.Validate(draft.Json, ruleSet) is { Count: > 0 } errors)
        {
            foreach (var error in errors)
                Console.Error.WriteLine($"pathway replay: the draft does not load: {error}");
            return 1;
        }
        var after = new RuleSetEvaluator(new DraftOverlaySource(published, draft));

        var to = DateTimeOffset.UtcNow;
        var past = await PastCases.ReadAsync(db, locality, to.AddDays(-days), to, CancellationToken.None);
        if (past.Count == 0)
        {
            Console.Error.WriteLine($"pathway replay: no cases started in {locality ?? "any locality"} in the last {days} days");
            return 1;
        }
        var bar = format == "text" ? new ProgressBar(Console.Error) : null;
        var report = ImpactAnalysis.Run(past, after, new Progress<int>(done => bar?.Report((double)done / past.Count, $"{done} of {past.Count} cases")));
        bar?.Done($"{past.Count} cases replayed");
        Console.Write(format switch
        {
            "csv" => ImpactReportCsv.Write(report, withExamples: true),
            "json" => JsonSerializer.Serialize(report, Json),
            _ => ImpactReportText.Write(report),
        });
        return 0;
    }
}
