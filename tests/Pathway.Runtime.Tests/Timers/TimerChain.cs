using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Pathway.Runtime.Tests.Timers;

/// <summary>Where every link of the timer chain stands, read straight from the harness's database (identifiers quoted for either provider).</summary>
internal sealed record TimerChain(
    int Cases, int CompletedCases, int TimerBookmarks, int OutboxRows, int QuartzTriggers, int FiringTriggers,
    IReadOnlyList<int> FiredPerCase, int FiredNamingANode)
{
    /// <summary>Nothing left to do: no timer waiting in the case store, the outbox or Quartz.</summary>
    public bool Settled => Cases > 0 && TimerBookmarks == 0 && OutboxRows == 0 && QuartzTriggers == 0 && FiringTriggers == 0;

    public int Fired => FiredPerCase.Sum();

    public static async Task<TimerChain> ReadAsync(ScratchDatabase database)
    {
        await using var connection = await OpenAsync(database);
        return new TimerChain(
            await CountAsync(connection, "SELECT COUNT(*) FROM cases"),
            await CountAsync(connection, "SELECT COUNT(*) FROM cases WHERE \"Status\" = 'Completed'"),
            await CountAsync(connection, "SELECT COUNT(*) FROM bookmarks WHERE \"Kind\" = 'Timer'"),
            await CountAsync(connection, "SELECT COUNT(*) FROM timer_outbox"),
            await CountAsync(connection, "SELECT COUNT(*) FROM qrtz_triggers"),
            await CountAsync(connection, "SELECT COUNT(*) FROM qrtz_fired_triggers"),
            await FiredPerCaseAsync(connection),
            await CountAsync(connection, "SELECT COUNT(*) FROM journal WHERE \"Kind\" = 'timer.fired' AND \"Actor\" LIKE 'quartz:%'"));
    }

    /// <summary>Polls until the chain satisfies <paramref name="done"/>; fails with the last state seen at the deadline.</summary>
    public static async Task<TimerChain> PollAsync(ScratchDatabase database, Func<TimerChain, bool> done, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            TimerChain? state = null;
            try
            {
                state = await ReadAsync(database);
                if (done(state))
                    return state;
            }
            catch (DbException) when (DateTimeOffset.UtcNow < deadline)
            {
                // The harness has not created every table yet.
            }
            if (DateTimeOffset.UtcNow >= deadline)
                throw new TimeoutException($"the timer chain did not settle within {timeout}; last seen {state}");
            await Task.Delay(100);
        }
    }

    /// <summary>The latest due time of the open timer bookmarks.</summary>
    public static async Task<DateTimeOffset> LatestDueAsync(ScratchDatabase database)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(\"DueAt\") FROM bookmarks WHERE \"Kind\" = 'Timer'";
        return new DateTimeOffset((long)(await command.ExecuteScalarAsync())!, TimeSpan.Zero);
    }

    public override string ToString() =>
        $"cases {Cases} (completed {CompletedCases}), timer bookmarks {TimerBookmarks}, outbox {OutboxRows}, " +
        $"Quartz triggers {QuartzTriggers} (firing {FiringTriggers}), timer.fired per case [{string.Join(", ", FiredPerCase)}] ({FiredNamingANode} naming the node)";

    private static async Task<int> CountAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    private static async Task<IReadOnlyList<int>> FiredPerCaseAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM journal j WHERE j.\"CaseId\" = c.\"Id\" AND j.\"Kind\" = 'timer.fired') FROM cases c ORDER BY c.\"Id\"";
        var counts = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            counts.Add(reader.GetInt32(0));
        return counts;
    }

    /// <summary>Changes the harness's database behind its back, to stage a fault.</summary>
    public static async Task ExecuteAsync(ScratchDatabase database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<DbConnection> OpenAsync(ScratchDatabase database)
    {
        DbConnection connection = database.Provider == Pathway.Runtime.Storage.DatabaseProvider.PostgreSQL
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
