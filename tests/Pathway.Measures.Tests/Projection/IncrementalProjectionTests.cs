using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Measures.Projection;

namespace Pathway.Measures.Tests.Projection;

public sealed class IncrementalProjectionTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Second_run_reads_only_new_rows_and_equals_a_full_rebuild()
    {
        // given a first run over part of two cases' journals
        await using var db = new TestDatabase();
        var first = db.Case(At).Triage(At, "2-hour");
        var second = db.Case(At).Triage(At, "2-day").Assessed(At.AddHours(20));
        Assert.Equal(5, await db.ProjectAsync());

        // when more lines arrive (a handover declined then accepted straddles the runs) and it runs again
        first.Assessed(At.AddHours(1))
            .Completed(PathwayNodes.PlanHandover, At.AddHours(2), new() { ["handoverRequired"] = true })
            .HandoverResponse(At.AddHours(3), accepted: false, declineReason: "no capacity");
        Assert.Equal(3, await db.ProjectAsync());
        first.HandoverResponse(At.AddHours(4), accepted: true).Closed(At.AddHours(5), "admission-avoided");
        second.Cancelled(At.AddHours(30));
        var read = await db.ProjectAsync();
        var incremental = await SnapshotAsync(db);

        // then it read only the four new lines, and a rebuild from nothing gives the same rows
        Assert.Equal(4, read);
        Assert.Equal(0, await db.ProjectAsync());
        await using (var engine = db.Engine())
        await using (var measures = db.Measures())
            await new MeasuresProjection(engine, measures, db.Clock).RebuildAsync(CancellationToken.None);
        Assert.Equal(incremental, await SnapshotAsync(db));
        Assert.Contains("\"HandoverDeclines\":1", incremental, StringComparison.Ordinal);
    }

    private static async Task<string> SnapshotAsync(TestDatabase db)
    {
        await using var measures = db.Measures();
        var rows = await measures.Cases.AsNoTracking().OrderBy(c => c.CaseId).ToListAsync();
        var declines = await measures.HandoverDeclines.AsNoTracking().OrderBy(d => d.JournalId).Select(d => new { d.CaseId, d.JournalId, d.DeclinedAt, d.Reason }).ToListAsync();
        return JsonSerializer.Serialize(new { rows, declines });
    }
}
