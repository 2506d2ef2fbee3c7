using System.Globalization;

namespace Pathway.Cli.Simulation;

/// <summary>What to simulate: the same options and seed give the same journal, line for line.</summary>
public sealed record SimulationOptions(
    IReadOnlyList<string> Localities, int Days, int ReferralsPerDay, int Seed, DateOnly Start, string DatabasePath, string RepositoryRoot)
{
    public static SimulationOptions Parse(string[] args, string repositoryRoot)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"expected --name value, got '{args[i]}'");
            values[args[i][2..]] = args[++i];
        }
        string Get(string name, string fallback) => values.Remove(name, out var value) ? value : fallback;
        var options = new SimulationOptions(
            Get("localities", "north-shire,coastal-bay").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            int.Parse(Get("days", "30"), CultureInfo.InvariantCulture),
            int.Parse(Get("referrals-per-day", "60"), CultureInfo.InvariantCulture),
            int.Parse(Get("seed", "42"), CultureInfo.InvariantCulture),
            DateOnly.ParseExact(Get("start", "2026-10-01"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Path.GetFullPath(Get("database", Path.Combine(repositoryRoot, "designer-host", "pathway.db"))),
            repositoryRoot);
        if (values.Count > 0)
            throw new ArgumentException($"unknown option --{values.Keys.First()}");
        return options;
    }

    /// <summary>The folder holding Pathway.sln, found upwards from the working directory, so workflows/ and rules/ seed the database.</summary>
    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pathway.sln")))
                return dir.FullName;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pathway.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("run pathway from inside the Pathway repository (it seeds from workflows/ and rules/)");
    }
}
