using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Seeding;

/// <summary>
/// Loads the shipped localities (rules/localities/localities.json) into a database that has none.
/// Afterwards the database is the truth and an administrator changes it, so the file never overwrites it.
/// </summary>
public static class LocalitySeeder
{
    public static string FileIn(string rulesPath) => Path.Combine(rulesPath, "localities", "localities.json");

    public static async Task SeedAsync(PathwayDbContext db, string? rulesPath, string actor, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        if (rulesPath is null || !File.Exists(FileIn(rulesPath)) || await db.Localities.AnyAsync(cancellationToken))
            return;
        var file = FileIn(rulesPath);
        foreach (var locality in Read(await File.ReadAllTextAsync(file, cancellationToken), file))
        {
            locality.UpdatedAt = clock.GetUtcNow();
            locality.UpdatedBy = actor;
            db.Localities.Add(locality);
            logger.LogInformation("Seeded locality {Code}", locality.Code);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private sealed record SeedFile(List<SeedLocality>? Localities);

    private sealed record SeedLocality(string? Code, string? Name, List<string?>? Teams, List<string?>? HuddleDays);

    /// <summary>The file's localities; a shipped file that is not well formed is a build error, so it throws naming the file.</summary>
    public static IReadOnlyList<LocalityRecord> Read(string json, string file)
    {
        var seed = JsonSerializer.Deserialize<SeedFile>(json, Web)
            ?? throw new InvalidOperationException($"{file}: expected {{\"localities\": [...]}}");
        var problems = (seed.Localities ?? [])
            .SelectMany((l, i) => LocalityRules.Problems(l.Code, l.Name, l.Teams, l.HuddleDays).Select(p => $"localities[{i}].{p.Field} {p.Message}"))
            .Concat((seed.Localities ?? []).GroupBy(l => l.Code).Where(g => g.Count() > 1).Select(g => $"locality '{g.Key}' is listed twice"))
            .ToList();
        if (seed.Localities is not { Count: > 0 })
            problems.Add("no localities: list at least one");
        if (problems.Count > 0)
            throw new InvalidOperationException($"{file}: {string.Join("; ", problems)}");
        return [.. seed.Localities!.Select(l => new LocalityRecord
        {
            Code = l.Code!, Name = l.Name!.Trim(), Teams = [.. l.Teams!.Select(t => t!)], HuddleDays = [.. (l.HuddleDays ?? []).Select(d => d!)], Version = 1, UpdatedBy = "",
        })];
    }
}
