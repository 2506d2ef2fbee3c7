using System.Diagnostics;
using System.Reflection;
using System.Text;
using Pathway.Runtime.Timers;

namespace Pathway.Runtime.Tests.Timers;

/// <summary>The timer harness as a child process, so a crash point can kill a real host mid-chain.</summary>
internal sealed class HarnessProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HarnessProcess(Process process) => _process = process;

    /// <summary>Everything the process wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static HarnessProcess Start(string folder, TimerChainStep? crashAt, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HarnessPath());
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        if (crashAt is { } step)
        {
            start.ArgumentList.Add("--crash-at");
            start.ArgumentList.Add(step.ToString());
        }
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";

        var harness = new HarnessProcess(new Process { StartInfo = start });
        harness._process.OutputDataReceived += (_, e) => harness.Append(e.Data);
        harness._process.ErrorDataReceived += (_, e) => harness.Append(e.Data);
        harness._process.Start();
        harness._process.BeginOutputReadLine();
        harness._process.BeginErrorReadLine();
        return harness;
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the harness did not exit within {timeout}; it wrote:\n{Output}");
        }
        return _process.ExitCode;
    }

    /// <summary>Asks a running host to stop gracefully and returns its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        await _process.StandardInput.WriteLineAsync("stop");
        await _process.StandardInput.FlushAsync();
        return await WaitForExitAsync(timeout);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    // dotnet test says which host runs it; fall back to the one on the PATH.
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    private static string HarnessPath()
    {
        var path = Path.GetFullPath(typeof(HarnessProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "TimerHarness").Value!);
        return File.Exists(path) ? path : throw new FileNotFoundException($"the timer harness is not built at {path}; build the solution first", path);
    }
}
