namespace Pathway.Measures.Queries;

/// <summary>Medians and percentiles by the nearest-rank method, which needs no interpolation to explain.</summary>
internal static class Stats
{
    public static double? Percentile(List<double> values, double percentile)
    {
        if (values.Count == 0)
            return null;
        values.Sort();
        var rank = (int)Math.Ceiling(percentile / 100.0 * values.Count);
        return Math.Round(values[Math.Clamp(rank, 1, values.Count) - 1], 1);
    }

    public static double Hours(long fromTicks, long toTicks) => TimeSpan.FromTicks(toTicks - fromTicks).TotalHours;
}
