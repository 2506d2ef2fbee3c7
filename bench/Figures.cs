using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime;

namespace Pathway.Bench;

/// <summary>
/// How many operations, how many a second, their median and 99th-percentile latency, and what the
/// runtime spent beside them: processor time (every thread, so the writer's and the GC's too) and bytes allocated per operation, garbage collections, and methods the JIT
/// compiled while they ran (a steady state compiles none).
/// </summary>
internal sealed record Figures(int Count, double PerSecond, double P50, double P99, double CpuMsPerOperation, long BytesPerOperation, int Collections, int MethodsCompiled)
{
    /// <summary>Operations of each kind in one round of warming up.</summary>
    public const int WarmUpRound = 500;

    /// <summary>
    /// Runs rounds of both operations until a round leaves the JIT almost nothing to compile: with
    /// tiered compilation, a path is compiled again, optimised, some seconds after it first runs,
    /// and a host runs for hours, so the figures are its steady state, not its first seconds. At
    /// most <paramref name="maxRounds"/>: an engine that compiles on every run (WorkflowCore
    /// compiles its step expressions per workflow) never settles. Answers the rounds run.
    /// </summary>
    public static async Task<int> WarmUpAsync(Func<int, Task> round, int maxRounds = 40)
    {
        const int Settled = 20;
        for (var r = 1; ; r++)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            await round(r);
            // Tier-1 compilation runs in the background; give it a moment to catch up.
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            if (r == maxRounds || JitInfo.GetCompiledMethodCount() - compiled < Settled)
            {
                Console.WriteLine(FormattableString.Invariant($"warmed up: {r} round(s) of {WarmUpRound} starts and {WarmUpRound / 2} completions"));
                return r;
            }
        }
    }

    /// <summary>Runs <paramref name="count"/> operations from <paramref name="workers"/> concurrent callers, timing each.</summary>
    public static async Task<Figures> MeasureAsync(int count, int workers, Func<int, Task> operation)
    {
        var latencies = new ConcurrentBag<double>();
        var next = -1;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var compiled = JitInfo.GetCompiledMethodCount();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
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
        process.Refresh();
        var sorted = latencies.Order().ToArray();
        return new Figures(count, count / elapsed, sorted[sorted.Length / 2], sorted[(int)(sorted.Length * 0.99)],
            (process.TotalProcessorTime - cpu).TotalMilliseconds / count, (GC.GetTotalAllocatedBytes() - allocated) / count, GC.CollectionCount(0) - collections,
            (int)(JitInfo.GetCompiledMethodCount() - compiled));
    }
}
