using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Pathway.Cli.Simulation;

namespace Pathway.Measures.Tests.Simulation;

public sealed class SimulatorTests
{
    [Fact]
    public async Task Same_seed_gives_the_same_journal_and_measures()
    {
        // given two fresh databases simulated with the same seed (a small run)
        var root = SimulationOptions.FindRepositoryRoot();
        var first = Path.Combine(Path.GetTempPath(), $"pathway-sim-{Guid.NewGuid():N}.db");
        var second = Path.Combine(Path.GetTempPath(), $"pathway-sim-{Guid.NewGuid():N}.db");
        try
        {
            var options = SimulationOptions.Parse(["--localities", "north-shire,coastal-bay", "--days", "1", "--referrals-per-day", "8", "--seed", "7", "--database", first], root);

            // when
            var a = await SimulateCommand.RunAsync(options, progress: null, CancellationToken.None);
            var b = await SimulateCommand.RunAsync(options with { DatabasePath = second }, progress: null, CancellationToken.None);

            // then the runs match line for line, and the measures were folded
            Assert.Equal(a, b);
            Assert.True(a.Cases >= 12, $"expected a dozen or more cases, got {a.Cases}");
            Assert.Equal(Fingerprint(first, "SELECT CaseId, Sequence, At, Kind, NodeId, Actor, DataJson FROM journal ORDER BY Id"),
                Fingerprint(second, "SELECT CaseId, Sequence, At, Kind, NodeId, Actor, DataJson FROM journal ORDER BY Id"));
            Assert.Equal(Fingerprint(first, "SELECT * FROM measure_cases ORDER BY CaseId"), Fingerprint(second, "SELECT * FROM measure_cases ORDER BY CaseId"));
            Assert.Equal(a.Cases, int.Parse(Fingerprint(first, "SELECT COUNT(*) FROM measure_cases", raw: true), System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { first, second })
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                    File.Delete(file);
        }
    }

    [Fact]
    public void Options_default_to_the_documented_run_and_refuse_unknown_ones()
    {
        var options = SimulationOptions.Parse([], "/repo");

        Assert.Equal(["north-shire", "coastal-bay"], options.Localities);
        Assert.Equal((30, 60, 42), (options.Days, options.ReferralsPerDay, options.Seed));
        Assert.Equal(Path.GetFullPath("/repo/designer-host/pathway.db"), options.DatabasePath);
        Assert.Throws<ArgumentException>(() => SimulationOptions.Parse(["--speed", "11"], "/repo"));
    }

    private static string Fingerprint(string path, string sql, bool raw = false)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var text = new StringBuilder();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
                text.Append(reader.IsDBNull(i) ? "∅" : reader.GetValue(i).ToString()).Append('|');
            text.Append('\n');
        }
        return raw ? text.ToString().TrimEnd('|', '\n') : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
