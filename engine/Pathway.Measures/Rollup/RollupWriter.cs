using Microsoft.EntityFrameworkCore;
using Pathway.Measures.Storage;

namespace Pathway.Measures.Rollup;

/// <summary>
/// Moves cases' contributions between rollup cells within the projection's batch: a case's old
/// tally leaves its old cell and its new one joins its new cell (triage sets the standard, so a
/// case changes cell once). Saved with the case rows and the checkpoint, in one transaction.
/// </summary>
internal sealed class RollupWriter
{
    private readonly Dictionary<RollupKey, MeasureTally> _deltas = [];

    public void Move(RollupKey? from, MeasureTally? before, RollupKey to, MeasureTally after)
    {
        if (from is { } oldKey && before is not null)
            Delta(oldKey).Add(before, -1);
        Delta(to).Add(after);
    }

    /// <summary>Applies the moves to the tracked cells; a cell left with nothing is deleted, so a rebuild finds the same cells.</summary>
    public async Task ApplyAsync(MeasuresDbContext measures, CancellationToken cancellationToken)
    {
        var changed = _deltas.Where(d => !d.Value.IsEmpty).ToDictionary();
        if (changed.Count == 0)
            return;
        var months = changed.Keys.Select(k => k.Month).Distinct().ToList();
        var localities = changed.Keys.Select(k => k.Locality).Distinct().ToList();
        var cells = (await measures.Rollup.Where(c => months.Contains(c.Month) && localities.Contains(c.Locality)).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Key);
        foreach (var (key, delta) in changed)
        {
            if (!cells.TryGetValue(key, out var cell))
            {
                cell = new RollupCellRecord
                {
                    Month = key.Month, Locality = key.Locality, Team = key.Team, Source = key.Source, Need = key.Need, Standard = key.Standard,
                };
                measures.Rollup.Add(cell);
            }
            var tally = cell.Tally.Length == 0 ? new MeasureTally() : MeasureTally.Deserialize(cell.Tally);
            tally.Add(delta);
            if (tally.IsEmpty)
                measures.Rollup.Remove(cell);
            else
                cell.Tally = tally.Serialize();
        }
    }

    private MeasureTally Delta(RollupKey key)
    {
        if (!_deltas.TryGetValue(key, out var delta))
            _deltas[key] = delta = new MeasureTally();
        return delta;
    }
}
