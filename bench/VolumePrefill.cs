using System.Diagnostics;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pathway.Engine.Runtime;
using Pathway.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Seeding;
using Pathway.Runtime.Storage;
using Pathway.Testing;

namespace Pathway.Bench;

/// <summary>
/// Fills a SQLite file with many closed and open cases, quickly but with real rows: a few
/// template cases are run through the real commands (open ones left at their first wait,
/// closed ones worked to their end or withdrawn), then every row they own is copied under
/// new case ids with <c>INSERT ... SELECT</c>, a large batch per transaction. Closed copies
/// get no timer outbox rows: a closed case's timers were handed to the scheduler long ago.
/// </summary>
internal static class VolumePrefill
{
    private const int Templates = 40;
    private const int Batch = 20_000;
    private static readonly Actor Filler = new("prefill", "Pre-fill", ["community-physiotherapist", "crisis-response-nurse", "advanced-clinical-practitioner", "occupational-therapist", "district-nurse", "social-worker", "specialist-palliative-care-nurse", "gp", "coordinator"], []);

    /// <summary>The tables holding a case's rows, each with the column naming the case.</summary>
    private static readonly (string Table, string CaseColumn)[] CaseTables =
        [("cases", "Id"), ("journal", "CaseId"), ("bookmarks", "CaseId"), ("work_tasks", "CaseId"), ("timer_outbox", "CaseId"), ("incidents", "CaseId")];

    public static async Task FillAsync(string database, int closed, int open)
    {
        var clock = Stopwatch.StartNew();
        var (closedTemplates, openTemplates) = await RunTemplatesAsync(database);
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        Execute(connection, SqlitePragmas.Statements + "CREATE TEMP TABLE clone_map (old_id TEXT NOT NULL, new_id TEXT NOT NULL PRIMARY KEY);");
        var inserts = CaseTables.ToDictionary(t => t.Table, t => CloneSql(connection, t.Table, t.CaseColumn));
        Clone(connection, inserts, closedTemplates, closed - closedTemplates.Count, withOutbox: false);
        Clone(connection, inserts, openTemplates, open - openTemplates.Count, withOutbox: true);
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        Console.WriteLine(FormattableString.Invariant(
            $"pre-filled {closed} closed and {open} open cases in {clock.Elapsed.TotalSeconds:F0} s ({new FileInfo(database).Length / 1_048_576.0:F0} MB)"));
    }

    /// <summary>Starts the templates through Mediator; half are then worked until they end (or withdrawn if they wait on something else).</summary>
    private static async Task<(List<string> Closed, List<string> Open)> RunTemplatesAsync(string database)
    {
        await using var services = BenchRuntime.Build(database);
        await BenchRuntime.UseAsync(services, sp => sp.GetRequiredService<DatabaseSeeder>().MigrateAndSeedAsync(CancellationToken.None));
        var referrals = ReferralMix.Create(Templates);
        var ids = new List<Guid>();
        foreach (var referral in referrals)
            ids.Add((await BenchRuntime.SendAsync(services, m => m.Send(new StartCase("admission-avoidance", "national", referral, Filler)))).CaseId);
        var closed = ids.Take(Templates / 2).ToList();
        foreach (var id in closed)
            await CloseAsync(services, id);
        return (closed.Select(Text).ToList(), ids.Skip(Templates / 2).Select(Text).ToList());
    }

    private static async Task CloseAsync(ServiceProvider services, Guid id)
    {
        for (var round = 0; round < 20; round++)
        {
            var tasks = await BenchRuntime.UseAsync(services, sp => sp.GetRequiredService<PathwayDbContext>().WorkTasks
                .Where(t => t.CaseId == id && t.Status == WorkTaskStatus.Ready).Select(t => t.Id).ToListAsync());
            if (tasks.Count == 0)
                break;
            try
            {
                foreach (var task in tasks)
                    await BenchRuntime.SendAsync(services, m => m.Send(new CompleteTask(task, new Dictionary<string, object?>(), Filler)));
            }
            catch (CommandRejectedException)
            {
                break; // a form that needs real answers: the case is withdrawn below instead
            }
        }
        var status = await BenchRuntime.UseAsync(services, sp => sp.GetRequiredService<PathwayDbContext>().Cases.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());
        if (status == CaseStatus.Running)
            await BenchRuntime.SendAsync(services, m => m.Send(new CancelCase(id, "withdrawn by the volume pre-fill", Filler)));
    }

    private static void Clone(SqliteConnection connection, Dictionary<string, string> inserts, List<string> templates, int count, bool withOutbox)
    {
        using var map = connection.CreateCommand();
        map.CommandText = "INSERT INTO clone_map (old_id, new_id) VALUES ($old, $new)";
        var old = map.Parameters.Add("$old", SqliteType.Text);
        var @new = map.Parameters.Add("$new", SqliteType.Text);
        for (var done = 0; done < count; done += Batch)
        {
            using var transaction = connection.BeginTransaction();
            map.Transaction = transaction;
            for (var i = done; i < Math.Min(count, done + Batch); i++)
            {
                old.Value = templates[i % templates.Count];
                @new.Value = Text(Guid.CreateVersion7());
                map.ExecuteNonQuery();
            }
            foreach (var (table, sql) in inserts)
                if (withOutbox || table != "timer_outbox")
                    Execute(connection, sql, transaction);
            Execute(connection, "DELETE FROM clone_map;", transaction);
            transaction.Commit();
        }
    }

    /// <summary>Copies a table's rows of the mapped cases under their new ids; store-generated row ids are left to the store.</summary>
    private static string CloneSql(SqliteConnection connection, string table, string caseColumn)
    {
        var columns = new List<string>();
        using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name, pk FROM pragma_table_info('{table}')";
            using var reader = info.ExecuteReader();
            while (reader.Read())
                if (!(reader.GetString(0) == "Id" && table != "cases" && reader.GetInt32(1) == 1))
                    columns.Add(reader.GetString(0));
        }
        var select = columns.Select(c => c == caseColumn ? "m.new_id" : $"t.\"{c}\"");
        return $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
               $"SELECT {string.Join(", ", select)} FROM clone_map m JOIN \"{table}\" t ON t.\"{caseColumn}\" = m.old_id;";
    }

    // EF Core's SQLite provider stores a Guid as upper-case text.
    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
