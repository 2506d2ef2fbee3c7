using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Measures.Projection;

namespace Pathway.Measures.Tests.Projection;

public sealed class IncrementalProjectionTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Second_run_reads_only_new_rows_and_equals_a_full_rebuild_rollup_included()
    {
        // given a first run over part of two cases' journals (the first not yet triaged, so in the rollup's "no standard" cell)
        await using var db = new TestDatabase();
        var first = db.Case(At);
        var second = db.Case(At).Triage(At, "2-day").Assessed(At.AddHours(20));
        Assert.Equal(5, await db.ProjectAsync());

        // when more lines arrive (triage moves the first case's cell; a handover declined then accepted straddles the runs)
        first.Triage(At, "2-hour").Assessed(At.AddHours(1)).MdtSelected(At.AddHours(1)).MdtDecided(At.AddHours(2), "present", "no-carers", riskAccepted: true)
            .HandoverPlanned(At.AddHours(2), "reablement")
            .HandoverResponse(At.AddHours(3), accepted: false, declineReason: "no capacity");
        Assert.Equal(9, await db.ProjectAsync());
        first.HandoverPlanned(At.AddHours(3.5), "social-care").HandoverResponse(At.AddHours(4), accepted: true).Closed(At.AddHours(5), "admission-avoided");
        second.Cancelled(At.AddHours(30));
        var read = await db.ProjectAsync();
        var incremental = await SnapshotAsync(db);

        // then it read only the seven new lines, and a rebuild from nothing gives the same rows and rollup cells
        Assert.Equal(7, read);
        Assert.Equal(0, await db.ProjectAsync());
        await using (var engine = db.Engine())
        await using (var measures = db.Measures())
            await new MeasuresProjection(engine, measures, db.Clock).RebuildAsync(CancellationToken.None);
        Assert.Equal(incremental, await SnapshotAsync(db));
        Assert.Contains("\"HandoverDeclines\":1", incremental, StringComparison.Ordinal);
        Assert.Equal(["2-day", "2-hour"], await StandardsInRollupAsync(db));
    }

    private static async Task<string> SnapshotAsync(TestDatabase db)
    {
        await using var measures = db.Measures();
        var rows = await measures.Cases.AsNoTracking().OrderBy(c => c.CaseId).ToListAsync();
        var declines = await measures.HandoverDeclines.AsNoTracking().OrderBy(d => d.JournalId).Select(d => new { d.CaseId, d.JournalId, d.DeclinedAt, d.Reason }).ToListAsync();
        var rollup = (await measures.Rollup.AsNoTracking().ToListAsync())
            .OrderBy(c => c.Standard, StringComparer.Ordinal).Select(c => new { c.Key, Tally = Convert.ToBase64String(c.Tally) });
        return JsonSerializer.Serialize(new { rows, declines, rollup });
    }

    private static async Task<List<string>> StandardsInRollupAsync(TestDatabase db)
    {
        await using var measures = db.Measures();
        return [.. (await measures.Rollup.AsNoTracking().Select(c => c.Standard).ToListAsync()).Order(StringComparer.Ordinal)];
    }
}
