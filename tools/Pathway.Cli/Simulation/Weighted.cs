namespace Pathway.Cli.Simulation;

/// <summary>Seeded draws the synthetic population is made of.</summary>
internal static class Weighted
{
    public static T Pick<T>(this Random random, IReadOnlyList<(T Value, int Weight)> choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0)
                return value;
        }
        return choices[^1].Value;
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A right-skewed duration: most near the median, a long tail of late ones.</summary>
    public static TimeSpan LogNormal(this Random random, TimeSpan median, double spread)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return TimeSpan.FromMinutes(Math.Max(1, median.TotalMinutes * Math.Exp(spread * normal)));
    }
}
