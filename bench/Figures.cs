using System.Collections.Concurrent;
using System.Diagnostics;

namespace Pathway.Bench;

/// <summary>How many operations, how many a second, and their median and 99th-percentile latency.</summary>
internal sealed record Figures(int Count, double PerSecond, double P50, double P99)
{
    /// <summary>Runs <paramref name="count"/> operations from <paramref name="workers"/> concurrent callers, timing each.</summary>
    public static async Task<Figures> MeasureAsync(int count, int workers, Func<int, Task> operation)
    {
        var latencies = new ConcurrentBag<double>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                await operation(i);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        return new Figures(count, count / elapsed, sorted[sorted.Length / 2], sorted[(int)(sorted.Length * 0.99)]);
    }
}
