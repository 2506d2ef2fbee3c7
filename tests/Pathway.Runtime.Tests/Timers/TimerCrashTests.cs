using Pathway.Runtime.Timers;

namespace Pathway.Runtime.Tests.Timers;

/// <summary>
/// Kills a real host (the timer harness, a child process) between each step of the timer
/// chain — case commit, Quartz scheduling, outbox clean-up, job start, FireTimer commit — and
/// restarts it: every timer must fire exactly once, and none may be left waiting anywhere.
/// </summary>
public sealed class TimerCrashTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly string _folder;
    private readonly ScratchDatabase _database;

    public TimerCrashTests()
    {
        _folder = Directory.CreateTempSubdirectory("pathway-timers-").FullName;
        // No pooling, so the file is closed when the test deletes its folder.
        _database = ScratchDatabase.Create(Path.Combine(_folder, "pathway.db"), pooling: false);
    }

    /// <summary>What the harness is given: the SQLite file's path or the PostgreSQL connection string.</summary>
    private string Database => _database.Provider == Pathway.Runtime.Storage.DatabaseProvider.PostgreSQL ? _database.ConnectionString : Path.Combine(_folder, "pathway.db");

    [Theory]
    [InlineData(TimerChainStep.OutboxCommitted)]
    [InlineData(TimerChainStep.Scheduled)]
    [InlineData(TimerChainStep.Firing)]
    [InlineData(TimerChainStep.Fired)]
    public async Task HostCrash_AtEachStepOfTheChain_EveryTimerFiresExactlyOnceAfterRestart(TimerChainStep point)
    {
        // given: a host that starts three cases with PT3S timers dies at the crash point
        using (var crashing = HarnessProcess.Start(_folder, point, "run", Database, "--cases", "3", "--seconds", "30"))
        {
            var exit = await crashing.WaitForExitAsync(Deadline);
            Assert.True(exit != 0 && crashing.Output.Contains($"crashing at '{point}'", StringComparison.Ordinal),
                $"the host should have died at {point}, but exited {exit}:\n{crashing.Output}");
        }
        var atCrash = await TimerChain.ReadAsync(_database);
        Assert.True(StoodAt(point, atCrash), $"the crash at {point} left an unexpected state: {atCrash}");

        // when: it restarts without the crash and runs until nothing is left to do
        var after = await RunUntilSettledAsync();

        // then
        AssertEveryTimerFiredOnce(after);
    }

    [Fact]
    public async Task Timer_DueWhileHostStopped_FiresExactlyOnceAfterRestart()
    {
        // given: three timers handed to Quartz by a process that then ends, before they are due
        using (var starting = HarnessProcess.Start(_folder, null, "start-case", Database, "--count", "3", "--dispatch"))
            Assert.Equal(0, await starting.WaitForExitAsync(Deadline));
        var stopped = await TimerChain.ReadAsync(_database);
        Assert.True(stopped is { TimerBookmarks: 3, OutboxRows: 0, QuartzTriggers: 3, Fired: 0 },
            $"the timers should wait in Quartz alone while no host runs: {stopped}");
        var wait = await TimerChain.LatestDueAsync(_database) - DateTimeOffset.UtcNow;
        Assert.True(wait < Deadline, $"the timers are due too far ahead ({wait})");
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait + TimeSpan.FromMilliseconds(100));

        // when: a host starts after they fell due
        var after = await RunUntilSettledAsync();

        // then
        AssertEveryTimerFiredOnce(after);
        Assert.Equal(3, after.Cases);
    }

    [Fact]
    public async Task Timer_WhoseTriggerIsGone_IsReconciledAtStartUpAndFiresOnce()
    {
        // given: three timers handed to Quartz (their outbox rows gone), whose triggers Quartz then lost
        using (var starting = HarnessProcess.Start(_folder, null, "start-case", Database, "--count", "3", "--dispatch"))
            Assert.Equal(0, await starting.WaitForExitAsync(Deadline));
        await TimerChain.ExecuteAsync(_database, "DELETE FROM qrtz_simple_triggers; DELETE FROM qrtz_triggers; DELETE FROM qrtz_job_details");
        var lost = await TimerChain.ReadAsync(_database);
        Assert.True(lost is { TimerBookmarks: 3, OutboxRows: 0, QuartzTriggers: 0 }, $"the timers should be known only to the case store: {lost}");

        // when: a host starts, its reconciler compares bookmarks with Quartz's triggers
        var after = await RunUntilSettledAsync();

        // then
        AssertEveryTimerFiredOnce(after);
        Assert.Equal(3, after.Cases);
    }

    public void Dispose()
    {
        _database.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }

    /// <summary>Proves the crash came at the step it names, not before or after it.</summary>
    private static bool StoodAt(TimerChainStep point, TimerChain chain) => point switch
    {
        TimerChainStep.OutboxCommitted => chain is { Cases: > 0, OutboxRows: > 0, Fired: 0 },
        TimerChainStep.Scheduled => chain is { OutboxRows: > 0, QuartzTriggers: > 0, Fired: 0 },
        TimerChainStep.Firing => chain is { OutboxRows: 0, TimerBookmarks: > 0, FiringTriggers: > 0 },
        TimerChainStep.Fired => chain is { OutboxRows: 0, Fired: > 0, FiringTriggers: > 0 },
        _ => false,
    };

    private async Task<TimerChain> RunUntilSettledAsync()
    {
        using var host = HarnessProcess.Start(_folder, null, "run", Database, "--seconds", "60");
        try
        {
            await TimerChain.PollAsync(_database, c => c.Settled, Deadline);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\nthe host wrote:\n{host.Output}", ex);
        }
        Assert.Equal(0, await host.StopAsync(Deadline));
        // Read again once the host is gone, so a late second firing would be counted too.
        return await TimerChain.ReadAsync(_database);
    }

    private static void AssertEveryTimerFiredOnce(TimerChain chain)
    {
        Assert.True(chain.Settled, $"a timer is still waiting somewhere: {chain}");
        Assert.True(chain.FiredPerCase.All(fired => fired == 1), $"every case's timer should fire exactly once: {chain}");
        Assert.True(chain.CompletedCases == chain.Cases, $"every case should have ended through its timer: {chain}");
        Assert.True(chain.FiredNamingANode == chain.Fired, $"the journal should name the Quartz node that fired each timer: {chain}");
    }
}
