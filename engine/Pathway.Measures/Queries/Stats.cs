namespace Pathway.Measures.Queries;

/// <summary>Medians and percentiles by the nearest-rank method, which needs no interpolation to explain.</summary>
internal static class Stats
{
    /// <summary>The nearest-rank percentile of a histogram of tenths, in the histogram's unit (rounded to a tenth, as the values were).</summary>
    public static double? Percentile(IReadOnlyDictionary<long, int> tenths, double percentile)
    {
        var total = tenths.Values.Sum();
        if (total == 0)
            return null;
        var rank = Math.Clamp((int)Math.Ceiling(percentile / 100.0 * total), 1, total);
        var seen = 0;
        foreach (var key in tenths.Keys.Order())
        {
            seen += tenths[key];
            if (seen >= rank)
                return key / 10.0;
        }
        throw new InvalidOperationException("a histogram's counts sum to its total");
    }

    public static int Count(IReadOnlyDictionary<long, int> tenths) => tenths.Values.Sum();
}
