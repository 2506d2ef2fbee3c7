namespace Pathway.Measures.Rollup;

/// <summary>
/// A bag of counts that adds and subtracts: one case's contribution, a rollup cell's sum, or a
/// dashboard's total. Counters, distribution bins, histograms of tenths and label counts; a
/// zero count is dropped, so equal tallies serialise to equal bytes.
/// </summary>
public sealed class MeasureTally
{
    public const int DistributionBins = 8;

    private static readonly int CounterCount = Enum.GetValues<TallyCounter>().Length;
    private static readonly int HistogramCount = Enum.GetValues<TallyHistogram>().Length;
    private static readonly int LabelCount = Enum.GetValues<TallyLabel>().Length;

    private readonly int[] _counters = new int[CounterCount];
    private readonly int[] _distribution = new int[DistributionBins];
    private readonly Dictionary<long, int>[] _histograms = [.. Enumerable.Range(0, HistogramCount).Select(_ => new Dictionary<long, int>())];
    private readonly Dictionary<string, int>[] _labels = [.. Enumerable.Range(0, LabelCount).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];

    public int this[TallyCounter counter] => _counters[(int)counter];

    /// <summary>Response-time distribution bin counts, by the bins of the cell's standard (<see cref="Queries.ResponseStandards"/>).</summary>
    public IReadOnlyList<int> Distribution => _distribution;

    public IReadOnlyDictionary<long, int> Histogram(TallyHistogram histogram) => _histograms[(int)histogram];

    public IReadOnlyDictionary<string, int> Labels(TallyLabel label) => _labels[(int)label];

    public bool IsEmpty => _counters.All(c => c == 0) && _distribution.All(c => c == 0)
        && _histograms.All(h => h.Count == 0) && _labels.All(l => l.Count == 0);

    public void Count(TallyCounter counter, int by = 1) => _counters[(int)counter] += by;

    public void CountBin(int bin) => _distribution[bin]++;

    /// <summary>Counts a value in tenths: Math.Round(value, 1) is Math.Round(value * 10) / 10, so no median moves.</summary>
    public void CountValue(TallyHistogram histogram, double value) => Bump(_histograms[(int)histogram], (long)Math.Round(value * 10), 1);

    public void CountLabel(TallyLabel label, string value) => Bump(_labels[(int)label], value, 1);

    /// <summary>Adds (sign 1) or takes away (sign -1) another tally.</summary>
    public void Add(MeasureTally other, int sign = 1)
    {
        for (var i = 0; i < _counters.Length; i++)
            _counters[i] += sign * other._counters[i];
        for (var i = 0; i < _distribution.Length; i++)
            _distribution[i] += sign * other._distribution[i];
        for (var i = 0; i < _histograms.Length; i++)
        {
            foreach (var (key, count) in other._histograms[i])
                Bump(_histograms[i], key, sign * count);
        }
        for (var i = 0; i < _labels.Length; i++)
        {
            foreach (var (key, count) in other._labels[i])
                Bump(_labels[i], key, sign * count);
        }
    }

    public byte[] Serialize()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(_counters.Length);
            foreach (var count in _counters)
                writer.Write(count);
            foreach (var count in _distribution)
                writer.Write(count);
            foreach (var histogram in _histograms)
            {
                writer.Write(histogram.Count);
                foreach (var (key, count) in histogram.OrderBy(h => h.Key))
                {
                    writer.Write(key);
                    writer.Write(count);
                }
            }
            foreach (var labels in _labels)
            {
                writer.Write(labels.Count);
                foreach (var (key, count) in labels.OrderBy(l => l.Key, StringComparer.Ordinal))
                {
                    writer.Write(key);
                    writer.Write(count);
                }
            }
        }
        return stream.ToArray();
    }

    public static MeasureTally Deserialize(byte[] bytes)
    {
        var tally = new MeasureTally();
        using var reader = new BinaryReader(new MemoryStream(bytes));
        // A counter added later reads as zero from an older cell, so the layout may only grow at the end.
        var counters = reader.ReadInt32();
        for (var i = 0; i < counters; i++)
            tally._counters[i] = reader.ReadInt32();
        for (var i = 0; i < DistributionBins; i++)
            tally._distribution[i] = reader.ReadInt32();
        foreach (var histogram in tally._histograms)
        {
            var entries = reader.ReadInt32();
            histogram.EnsureCapacity(entries);
            for (var i = 0; i < entries; i++)
                histogram[reader.ReadInt64()] = reader.ReadInt32();
        }
        foreach (var labels in tally._labels)
        {
            var entries = reader.ReadInt32();
            for (var i = 0; i < entries; i++)
                labels[reader.ReadString()] = reader.ReadInt32();
        }
        return tally;
    }

    private static void Bump<TKey>(Dictionary<TKey, int> counts, TKey key, int by) where TKey : notnull
    {
        var count = counts.GetValueOrDefault(key) + by;
        if (count == 0)
            counts.Remove(key);
        else
            counts[key] = count;
    }
}
