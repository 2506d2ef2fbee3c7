using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pathway.Cases.Huddles;
using Pathway.Cases.Worklist;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Host.Tests.Worklist;

/// <summary>
/// The worklist indexes hold open tasks only, so every screen that lists open tasks must still
/// reach them through one: SQLite's plan for each query the screens run on the embedded store,
/// never a scan of every task ever offered.
/// </summary>
public sealed partial class OpenTaskLookupTests : IDisposable
{
    private static readonly Actor Nurse = new("nurse", "Crisis Response Nurse", ["crisis-response-nurse"], ["north"]);
    private static readonly Actor Coordinator = new("coordinator", "Coordinator", ["coordinator"], ["north"]);
    private readonly string _folder = Directory.CreateTempSubdirectory("pathway-open-tasks-").FullName;
    private readonly QueryPlans _plans = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string> Worklists() => ["all", "mine", "role", "owner", "team", "emergencies", "roles"];

    [Theory]
    [MemberData(nameof(Worklists))]
    public async Task EveryWorklist_FindsOpenTasksThroughAWorklistIndex(string worklist)
    {
        await using var db = await MigratedAsync();
        var query = new WorklistQuery(db, new FakeTimeProvider());
        _ = worklist switch
        {
            "all" => await query.ListAsync(Nurse, new WorklistFilter(), CancellationToken.None),
            "mine" => await query.ListAsync(Nurse, new WorklistFilter(Mine: true), CancellationToken.None),
            "role" => await query.ListAsync(Coordinator, new WorklistFilter(Role: "crisis-response-nurse"), CancellationToken.None),
            "owner" => await query.ListAsync(Nurse, new WorklistFilter(Owner: "me"), CancellationToken.None),
            "team" => await query.ListAsync(Coordinator, new WorklistFilter(Team: "north"), CancellationToken.None),
            "emergencies" => await query.EmergenciesAsync(Nurse, CancellationToken.None),
            _ => (object)await query.RolesAsync(Nurse, CancellationToken.None),
        };
        AssertOpenTasksFoundThroughIndex();
    }

    [Fact]
    public async Task TheHuddleBoard_FindsCasesWaitingForTheMdtThroughAWorklistIndex()
    {
        await using var db = await MigratedAsync();
        await new HuddleBoardQuery(db, new FakeTimeProvider()).ListAsync(Nurse, "north", CancellationToken.None);
        AssertOpenTasksFoundThroughIndex();
    }

    private void AssertOpenTasksFoundThroughIndex()
    {
        // EF writes a filter on an empty list (no tasks, so no cases to summarise) as WHERE 0, which
        // SQLite answers without reading a row.
        var onTasks = _plans.Recorded.Where(p => WorkTasksAlias().IsMatch(p.Sql) && !NothingMatches().IsMatch(p.Sql)).ToList();
        Assert.NotEmpty(onTasks);
        foreach (var (sql, steps) in onTasks)
        {
            foreach (var alias in WorkTasksAlias().Matches(sql).Select(m => m.Groups[1].Value))
            {
                // A SEARCH is a look-up through an index; a SCAN reads every row of what it names,
                // which is only acceptable when that is a worklist index (open tasks alone).
                var scans = steps.Where(s => (s == $"SCAN {alias}" || s.StartsWith($"SCAN {alias} ", StringComparison.Ordinal))
                    && !s.Contains("INDEX IX_work_tasks_Status_", StringComparison.Ordinal));
                Assert.False(scans.Any(), $"reads every task:\n{string.Join("\n", steps)}\nfor\n{sql}");
            }
        }
    }

    private async Task<PathwayDbContext> MigratedAsync()
    {
        var db = new PathwayDbContext(new DbContextOptionsBuilder<PathwayDbContext>()
            .Configure(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "pathway.db")}")
            .AddInterceptors(_plans).Options);
        await db.Database.MigrateAsync();
        // One open task, so the screens go on to read its case, as they do with any worklist that is not empty.
        db.WorkTasks.Add(new WorkTaskRecord
        {
            CaseId = Guid.NewGuid(), Name = "Trusted assessment", Role = "crisis-response-nurse", Team = "north", Locality = "north",
            Form = RecordMdtDecisionHandler.Form, Status = WorkTaskStatus.Ready,
        });
        await db.SaveChangesAsync();
        return db;
    }

    [GeneratedRegex("\"work_tasks\" AS \"(\\w+)\"")]
    private static partial Regex WorkTasksAlias();

    [GeneratedRegex(@"^WHERE 0$", RegexOptions.Multiline)]
    private static partial Regex NothingMatches();
}
