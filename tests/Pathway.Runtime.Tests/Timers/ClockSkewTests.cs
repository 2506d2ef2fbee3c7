using Npgsql;

namespace Pathway.Runtime.Tests.Timers;

/// <summary>Two nodes of one cluster (two harness processes on one PostgreSQL database) whose clocks disagree.</summary>
public sealed class ClockSkewTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("pathway-skew-").FullName;
    private readonly ScratchDatabase _database;

    public ClockSkewTests() => _database = ScratchDatabase.Create(Path.Combine(_folder, "pathway.db"), pooling: false);

    [PostgresFact]
    public async Task TwoNodesWithClocksFiveSecondsApart_FireEveryTimerExactlyOnce_AndTheJournalNamesTheNode()
    {
        // given: a node on the right time, then one five seconds ahead, each starting five cases with PT3S timers
        using var onTime = HarnessProcess.Start(_folder, null, "run", _database.ConnectionString, "--seconds", "90", "--cases", "5");
        await WaitForAsync(onTime, "running");
        using var ahead = HarnessProcess.Start(_folder, null, "run", _database.ConnectionString, "--seconds", "90", "--cases", "5", "--clock-offset", "5");

        // when: both run until nothing is left waiting
        try
        {
            await TimerChain.PollAsync(_database, c => c.Settled && c.Cases == 10, Deadline);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\non time:\n{onTime.Output}\nahead:\n{ahead.Output}", ex);
        }
        Assert.Equal(0, await onTime.StopAsync(Deadline));
        Assert.Equal(0, await ahead.StopAsync(Deadline));

        // then: the clocks really differed, and still every timer fired once, by a named node
        var chain = await TimerChain.ReadAsync(_database);
        Assert.True(await StartSpreadAsync() >= TimeSpan.FromSeconds(4.5), "the second node's clock should be five seconds ahead");
        Assert.True(chain.FiredPerCase.All(fired => fired == 1), $"every case's timer should fire exactly once: {chain}");
        Assert.True(chain.CompletedCases == 10, $"every case should have ended through its timer: {chain}");
        Assert.True(chain.FiredNamingANode == chain.Fired, $"the journal should name the Quartz node that fired each timer: {chain}");
    }

    public void Dispose()
    {
        _database.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }

    private static async Task WaitForAsync(HarnessProcess node, string line)
    {
        var deadline = DateTimeOffset.UtcNow + Deadline;
        while (!node.Output.Contains(line, StringComparison.Ordinal))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"the node did not say '{line}':\n{node.Output}");
            await Task.Delay(100);
        }
    }

    /// <summary>The gap between the earliest and latest case start, each stamped by its own node's clock.</summary>
    private async Task<TimeSpan> StartSpreadAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT MAX(\"StartedAt\") - MIN(\"StartedAt\") FROM cases", connection);
        return TimeSpan.FromTicks(Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
