using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pathway.Engine.Runtime;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;
using Pathway.Runtime.Definitions;
using Pathway.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Impact;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Seeding;
using Pathway.Runtime.Storage;
using Pathway.Testing;

namespace Pathway.Bench;

/// <summary>
/// Impact analysis at volume: a journal of past referrals (each triaged and given its
/// escalation windows by the shipped rules, as the runtime journals them) in a SQLite file,
/// then one replay through a draft that sends falls to a routine GP response: the journal
/// read once, every decision evaluated through RulesEngine, in parallel.
/// </summary>
internal static class ReplayBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var folder = Directory.CreateTempSubdirectory("pathway-replay-").FullName;
        try
        {
            await using var provider = BenchRuntime.Build(Path.Combine(folder, "replay.db"));
            await using (var scope = provider.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().MigrateAndSeedAsync(CancellationToken.None);

            var published = new FileRuleSetSource(Repository.Combine("rules"));
            var filling = Stopwatch.StartNew();
            await FillAsync(provider, new RuleSetEvaluator(published), cases);
            Console.WriteLine(FormattableString.Invariant($"journal of {cases} past referrals written in {filling.Elapsed.TotalSeconds:F1} s"));

            var draft = FallsToRoutine(published);
            var clock = Stopwatch.StartNew();
            await using var read = provider.CreateAsyncScope();
            var past = await PastCases.ReadAsync(read.ServiceProvider.GetRequiredService<PathwayDbContext>(), null, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None);
            var readMs = clock.Elapsed.TotalMilliseconds;
            var report = ImpactAnalysis.Run(past, draft);
            var total = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine(FormattableString.Invariant($"read the journal in {readMs:F0} ms; {report.Changed} of {report.Replayed} cases would change"));
            foreach (var transition in report.Transitions.Take(5))
                Console.WriteLine($"  {transition.RuleSet}: {transition.Before} -> {transition.After}: {transition.Cases} cases");
            Console.WriteLine(FormattableString.Invariant($"replay: {report.Cases} cases in {total:F0} ms"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Writes cases and their two decisions in large transactions; the setup, not what is measured.</summary>
    private static async Task FillAsync(ServiceProvider provider, RuleSetEvaluator rules, int cases)
    {
        var referrals = ReferralMix.Create(cases);
        var start = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
        const int batch = 5_000;
        for (var from = 0; from < cases; from += batch)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var definition = await db.Definitions.Where(d => d.Kind == DefinitionKind.Pathway).Select(d => d.Id).FirstAsync();
            for (var i = from; i < Math.Min(cases, from + batch); i++)
            {
                var id = Guid.CreateVersion7(start.AddMinutes(i));
                var at = start.AddMinutes(i % (90 * 24 * 60));
                var facts = new Dictionary<string, object?>(referrals[i]);
                var triage = rules.Evaluate(ImpactAnalysis.TriageRuleSet, null, facts);
                foreach (var (name, value) in triage.Outputs)
                    facts[name] = value;
                var escalation = rules.Evaluate("escalation", null, facts);
                db.Cases.Add(new CaseRecord { Id = id, PathwayDefinitionId = definition, Locality = "national", StateJson = "{}", StartedAt = at, Status = CaseStatus.Running });
                db.Journal.Add(Line(id, 1, at, triage));
                db.Journal.Add(Line(id, 2, at, escalation));
            }
            await db.SaveChangesAsync();
        }
    }

    private static JournalRecord Line(Guid caseId, int sequence, DateTimeOffset at, RuleDecision decision) => new()
    {
        CaseId = caseId, Sequence = sequence, At = at, Kind = RuntimeJournalKinds.RulesDecided,
        DataJson = CaseStateJson.SerializeData(new Dictionary<string, object?>
        {
            ["ruleSet"] = decision.RuleSetName, ["version"] = decision.Version, ["rule"] = decision.RuleName,
            ["inputs"] = decision.Inputs, ["outputs"] = decision.Outputs, ["facts"] = decision.Facts,
        }),
    };

    private static RuleSetEvaluator FallsToRoutine(FileRuleSetSource published)
    {
        var json = RuleDrafts.FallsRoutine(published.FindPublished(ImpactAnalysis.TriageRuleSet, null)!.Json, role: "gp");
        return new RuleSetEvaluator(new DraftOverlaySource(published, RuleSetVersion.Create(ImpactAnalysis.TriageRuleSet, null, 2, json)));
    }
}
