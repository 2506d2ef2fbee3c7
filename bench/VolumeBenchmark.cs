using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Pathway.Testing;

namespace Pathway.Bench;

/// <summary>
/// Whether a case start stays as fast on a large database as on a small one, and how much
/// memory the host holds with many open cases: p99 of case starts on a fresh file, then on
/// one pre-filled with <c>--closed</c> closed and <c>--open</c> open cases; then the real
/// host (Release build) on a file with <c>--open</c> open cases, its RSS once settled.
/// </summary>
internal static class VolumeBenchmark
{
    private const int Starts = 1_000;
    private const int Workers = 8;
    private const int Port = 5109;

    public static async Task<int> RunAsync(string[] args)
    {
        var closed = Option(args, "--closed", 1_000_000);
        var open = Option(args, "--open", 100_000);
        var folder = Directory.CreateTempSubdirectory("pathway-volume-").FullName;
        try
        {
            Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
            // The first run in a process pays for JIT tiering; a discarded one keeps that out of the 1,000-case figure.
            Console.WriteLine("warm-up (discarded):");
            await EngineBenchmark.MeasureAsync(Path.Combine(folder, "warm.db"), Starts, Workers);
            Console.WriteLine("fresh file:");
            var (small, _) = await EngineBenchmark.MeasureAsync(Path.Combine(folder, "small.db"), Starts, Workers);

            var large = Path.Combine(folder, "large.db");
            await VolumePrefill.FillAsync(large, closed, open);
            Console.WriteLine("pre-filled file:");
            var (big, _) = await EngineBenchmark.MeasureAsync(large, Starts, Workers);
            Console.WriteLine(FormattableString.Invariant(
                $"volume: p99 {small.P99:F1} ms at {Starts:N0} cases, {big.P99:F1} ms at {closed + open:N0} cases ({big.P99 / small.P99:F2}x)"));
            foreach (var file in Directory.GetFiles(folder, "large.db*"))
                File.Delete(file);

            var hostDatabase = Path.Combine(folder, "host.db");
            await VolumePrefill.FillAsync(hostDatabase, 0, open);
            SqliteConnection.ClearAllPools();
            await MeasureHostAsync(hostDatabase, open);
            Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Starts the Release host on the file, waits for it to answer and hand its timer outbox to Quartz, lets it settle, reads its RSS.</summary>
    private static async Task MeasureHostAsync(string database, int open)
    {
        var dll = Repository.Combine("designer-host", "bin", "Release", "net10.0", "Pathway.DesignerHost.dll");
        if (!File.Exists(dll))
        {
            Console.WriteLine($"host: not measured, no {dll}; build it first: dotnet build -c Release designer-host");
            return;
        }
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Combine("designer-host"), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "--urls", $"http://127.0.0.1:{Port}" })
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Pathway__ConnectionString"] = $"Data Source={database}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var clock = Stopwatch.StartNew();
        using var host = Process.Start(start)!;
        host.OutputDataReceived += (_, _) => { };
        host.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"host: {e.Data}"); };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            if (!await AnswersAsync(host, TimeSpan.FromMinutes(10)))
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"host: not answering after {clock.Elapsed.TotalSeconds:F0} s (start-up still giving timers their triggers), {Status(host.Id, "VmRSS")} MB RSS with {open:N0} open cases"));
                return;
            }
            var answered = clock.Elapsed;
            Console.WriteLine(FormattableString.Invariant($"host: answered in {answered.TotalSeconds:F1} s with {Status(host.Id, "VmRSS")} MB RSS"));
            var drained = await OutboxDrainedAsync(database, TimeSpan.FromMinutes(8));
            await Task.Delay(TimeSpan.FromSeconds(10));
            Console.WriteLine(FormattableString.Invariant(
                $"host: timer outbox {(drained is { } d ? $"handed to Quartz after {d.TotalSeconds:F0} s" : "not yet empty after 8 minutes")}, peak {Status(host.Id, "VmHWM")} MB"));
            Console.WriteLine(FormattableString.Invariant($"host: {Status(host.Id, "VmRSS")} MB RSS with {open:N0} open cases"));
        }
        finally
        {
            host.Kill();
            await host.WaitForExitAsync();
        }
    }

    /// <summary>Whether the host answers any request within <paramref name="limit"/>.</summary>
    private static async Task<bool> AnswersAsync(Process host, TimeSpan limit)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (host.HasExited)
                throw new InvalidOperationException($"the host exited with code {host.ExitCode} before it answered");
            try
            {
                using var _ = await http.GetAsync($"http://127.0.0.1:{Port}/");
                return true;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(250);
            }
        }
        return false;
    }

    /// <summary>How long after the host answered its dispatcher emptied the timer outbox, or null if it did not within <paramref name="limit"/>.</summary>
    private static async Task<TimeSpan?> OutboxDrainedAsync(string database, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT EXISTS (SELECT 1 FROM timer_outbox)";
        while (clock.Elapsed < limit)
        {
            if ((long)(await count.ExecuteScalarAsync())! == 0)
                return clock.Elapsed;
            await Task.Delay(1_000);
        }
        return null;
    }

    /// <summary>A memory figure of the process from /proc, in MB.</summary>
    private static long Status(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
