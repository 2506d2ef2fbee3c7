using Pathway.Measures.Rollup;

namespace Pathway.Measures.Queries;

/// <summary>
/// Sums tallies (rollup cells, and single cases for days that do not fill a month) into what
/// the dashboard needs: a tally per standard, and the few counts it splits by month, by a
/// dimension, or by need and source for the outcomes.
/// </summary>
internal sealed class DashboardTotals
{
    public Dictionary<string, MeasureTally> ByStandard { get; } = new(StringComparer.Ordinal);

    /// <summary>Response counted and met, by standard and referral month.</summary>
    public Dictionary<(string Standard, int Month), (int Counted, int Met)> Trend { get; } = [];

    /// <summary>Response counted and met, by standard, dimension (locality, team, source, need) and value.</summary>
    public Dictionary<(string Standard, Dimension Dimension, string Value), (int Counted, int Met)> Split { get; } = [];

    public Dictionary<string, Dictionary<string, int>> EndingsByNeed { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Dictionary<string, int>> EndingsBySource { get; } = new(StringComparer.Ordinal);

    public enum Dimension { Locality, Team, Source, Need }

    public void Add(RollupKey key, MeasureTally tally)
    {
        if (!ByStandard.TryGetValue(key.Standard, out var standard))
            ByStandard[key.Standard] = standard = new MeasureTally();
        standard.Add(tally);
        var counted = tally[TallyCounter.ResponseCounted];
        if (counted > 0)
        {
            var met = tally[TallyCounter.ResponseMet];
            Bump(Trend, (key.Standard, key.Month), counted, met);
            Bump(Split, (key.Standard, Dimension.Locality, key.Locality), counted, met);
            Bump(Split, (key.Standard, Dimension.Team, key.Team), counted, met);
            Bump(Split, (key.Standard, Dimension.Source, key.Source), counted, met);
            Bump(Split, (key.Standard, Dimension.Need, key.Need), counted, met);
        }
        var endings = tally.Labels(TallyLabel.Ending);
        if (endings.Count > 0)
        {
            AddEndings(EndingsByNeed, key.Need, endings);
            AddEndings(EndingsBySource, key.Source, endings);
        }
    }

    /// <summary>Every standard's tally summed: the measures that do not depend on the standard.</summary>
    public MeasureTally All()
    {
        var all = new MeasureTally();
        foreach (var tally in ByStandard.Values)
            all.Add(tally);
        return all;
    }

    public MeasureTally For(string standard) => ByStandard.GetValueOrDefault(standard) ?? new MeasureTally();

    private static void Bump<TKey>(Dictionary<TKey, (int Counted, int Met)> rates, TKey key, int counted, int met) where TKey : notnull
    {
        var (c, m) = rates.GetValueOrDefault(key);
        rates[key] = (c + counted, m + met);
    }

    private static void AddEndings(Dictionary<string, Dictionary<string, int>> table, string value, IReadOnlyDictionary<string, int> endings)
    {
        if (!table.TryGetValue(value, out var row))
            table[value] = row = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (ending, count) in endings)
            row[ending] = row.GetValueOrDefault(ending) + count;
    }
}
