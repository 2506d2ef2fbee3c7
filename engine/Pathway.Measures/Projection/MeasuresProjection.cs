using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Measures.Rollup;
using Pathway.Measures.Storage;
using Pathway.Runtime.Storage;

namespace Pathway.Measures.Projection;

/// <summary>
/// Reads journal rows after the checkpoint, in Id order, and folds them into the per-case
/// measure rows and the rollup the dashboard sums; the rows, the rollup cells and the new
/// checkpoint are saved in one transaction, so a crash mid-run leaves either the whole batch
/// folded or none of it. Journal Ids only grow, and
/// they are committed in order (SQLite commits one writer at a time; on PostgreSQL every
/// journal write holds <see cref="DatabaseLocks.JournalOrder"/>), so no row can appear behind a checkpoint.
/// </summary>
public sealed class MeasuresProjection(PathwayDbContext journal, MeasuresDbContext measures, TimeProvider clock)
{
    public const string Name = "case-measures";
    private const int LookupChunk = 500;

    /// <summary>Folds everything new; returns how many journal rows were read.</summary>
    public async Task<long> RunAsync(CancellationToken cancellationToken, int batchSize = 20_000)
    {
        long read = 0;
        while (true)
        {
            var count = await RunBatchAsync(batchSize, cancellationToken);
            read += count;
            if (count < batchSize)
                return read;
        }
    }

    /// <summary>Forgets every measure row and the checkpoint, then folds the journal from its first row.</summary>
    public async Task<long> RebuildAsync(CancellationToken cancellationToken)
    {
        await measures.HandoverDeclines.ExecuteDeleteAsync(cancellationToken);
        await measures.Rollup.ExecuteDeleteAsync(cancellationToken);
        await measures.Cases.ExecuteDeleteAsync(cancellationToken);
        await measures.Dimensions.ExecuteDeleteAsync(cancellationToken);
        await measures.Checkpoints.Where(c => c.Name == Name).ExecuteDeleteAsync(cancellationToken);
        return await RunAsync(cancellationToken);
    }

    private async Task<int> RunBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        measures.ChangeTracker.Clear();
        // Several hosts on PostgreSQL: the batch runs holding the projection's lease, so no
        // two nodes fold the same rows (on SQLite the one host's ProjectionGate suffices).
        await using var lease = await DatabaseLocks.BeginHoldingAsync(measures.Database, DatabaseLocks.MeasuresProjection, cancellationToken);
        var checkpoint = await measures.Checkpoints.SingleOrDefaultAsync(c => c.Name == Name, cancellationToken);
        if (checkpoint is null)
        {
            checkpoint = new ProjectionCheckpoint { Name = Name };
            measures.Checkpoints.Add(checkpoint);
        }
        var from = checkpoint.LastJournalId;
        var lines = await journal.Journal.AsNoTracking()
            .Where(j => j.Id > from)
            .OrderBy(j => j.Id)
            .Take(batchSize)
            .Select(j => new JournalLine(j.Id, j.CaseId, j.At, j.Kind, j.NodeId, j.DataJson))
            .ToListAsync(cancellationToken);
        if (lines.Count == 0)
            return 0;

        var rows = await LoadRowsAsync(lines.Select(l => l.CaseId).Distinct().ToList(), cancellationToken);
        // What each case contributed before this batch, so the rollup can take it back out.
        var declines = await LoadDeclineReasonsAsync(rows.Values.Where(r => r.HandoverDeclines > 0).Select(r => r.CaseId).ToList(), cancellationToken);
        var before = rows.Values.Where(r => measures.Entry(r).State != EntityState.Added)
            .ToDictionary(r => r.CaseId, r => (Key: CaseTally.KeyOf(r), Tally: CaseTally.Of(r, declines.GetValueOrDefault(r.CaseId, []))));
        foreach (var line in lines)
        {
            var row = rows[line.CaseId];
            if (!CaseMeasureFolder.Matters(line.Kind))
                continue;
            if (CaseMeasureFolder.Apply(row, line) is { } decline)
            {
                measures.HandoverDeclines.Add(decline);
                declines[row.CaseId] = [.. declines.GetValueOrDefault(row.CaseId, []), decline.Reason];
            }
        }
        var rollup = new RollupWriter();
        foreach (var row in rows.Values)
        {
            var old = before.GetValueOrDefault(row.CaseId);
            rollup.Move(old.Tally is null ? null : old.Key, old.Tally, CaseTally.KeyOf(row), CaseTally.Of(row, declines.GetValueOrDefault(row.CaseId, [])));
        }
        await rollup.ApplyAsync(measures, cancellationToken);
        checkpoint.LastJournalId = lines[^1].Id;
        checkpoint.UpdatedAt = clock.GetUtcNow();
        await measures.SaveChangesAsync(cancellationToken);
        if (lease is not null)
            await lease.CommitAsync(cancellationToken);
        return lines.Count;
    }

    private async Task<Dictionary<Guid, List<string>>> LoadDeclineReasonsAsync(List<Guid> caseIds, CancellationToken cancellationToken)
    {
        var reasons = new Dictionary<Guid, List<string>>();
        foreach (var chunk in caseIds.Chunk(LookupChunk))
        {
            foreach (var decline in await measures.HandoverDeclines.AsNoTracking().Where(d => chunk.Contains(d.CaseId)).OrderBy(d => d.JournalId)
                         .Select(d => new { d.CaseId, d.Reason }).ToListAsync(cancellationToken))
                reasons[decline.CaseId] = [.. reasons.GetValueOrDefault(decline.CaseId, []), decline.Reason];
        }
        return reasons;
    }

    /// <summary>The rows of the batch's cases: existing ones tracked, new ones started from the case row.</summary>
    private async Task<Dictionary<Guid, CaseMeasureRecord>> LoadRowsAsync(List<Guid> caseIds, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<Guid, CaseMeasureRecord>(caseIds.Count);
        foreach (var chunk in caseIds.Chunk(LookupChunk))
        {
            foreach (var row in await measures.Cases.Where(c => chunk.Contains(c.CaseId)).ToListAsync(cancellationToken))
                rows[row.CaseId] = row;
        }
        var missing = caseIds.Where(id => !rows.ContainsKey(id)).ToList();
        var known = missing.Count == 0 ? [] : (await measures.Dimensions.AsNoTracking().Select(d => new { d.Dimension, d.Value }).ToListAsync(cancellationToken))
            .Select(d => (d.Dimension, d.Value)).ToHashSet();
        foreach (var chunk in missing.Chunk(LookupChunk))
        {
            var cases = await journal.Cases.AsNoTracking()
                .Where(c => chunk.Contains(c.Id))
                .Select(c => new { c.Id, c.Locality, c.StartedAt, c.StateJson })
                .ToDictionaryAsync(c => c.Id, cancellationToken);
            foreach (var id in chunk)
            {
                var referral = cases.TryGetValue(id, out var found)
                    ? ReadReferral(found.Locality, found.StartedAt, found.StateJson)
                    : CaseReferral.Unknown(DateTimeOffset.UnixEpoch);
                var row = CaseMeasureFolder.Start(id, referral);
                measures.Cases.Add(row);
                foreach (var (dimension, value) in new[] { (DimensionRecord.Locality, row.Locality), (DimensionRecord.Team, row.Team), (DimensionRecord.Source, row.Source), (DimensionRecord.Need, row.Need) })
                {
                    if (known.Add((dimension, value)))
                        measures.Dimensions.Add(new DimensionRecord { Dimension = dimension, Value = value });
                }
                rows[id] = row;
            }
        }
        return rows;
    }

    internal static CaseReferral ReadReferral(string locality, DateTimeOffset startedAt, string stateJson)
    {
        try
        {
            using var state = JsonDocument.Parse(stateJson);
            var variables = state.RootElement.Child("variables") ?? default;
            return new CaseReferral(locality, startedAt,
                variables.String("team"), variables.String("referralSource"), variables.String("presentingNeed"),
                variables.Time("referredAt"));
        }
        catch (JsonException)
        {
            return new CaseReferral(locality, startedAt, null, null, null, null);
        }
    }
}
