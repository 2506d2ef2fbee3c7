using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;
using Pathway.Testing;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace Pathway.Bench;

/// <summary>
/// Pathway beside the nearest .NET workflow engine on the same referral workload: a triage
/// decision through the same RulesEngine rule set, a wait for the trusted assessment, an MDT
/// wait when it is needed, then close. Pathway runs durably on a SQLite file with
/// synchronous=FULL; WorkflowCore on its default in-memory persistence, with its idle wait
/// and concurrency set for speed. Both are driven by the same number of concurrent callers,
/// each call timed until the engine has done the step (a case at its first wait; the
/// assessment taken in).
/// </summary>
internal static class PeerBenchmark
{
    private const string RuleSet = "best-placed-assessor";

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 4_000;
        var workers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var folder = Directory.CreateTempSubdirectory("pathway-peer-").FullName;
        try
        {
            Console.WriteLine("pathway (durable, SQLite synchronous=FULL):");
            var (pathwayStarts, pathwayCompletions) = await EngineBenchmark.MeasureAsync(Path.Combine(folder, "engine.db"), cases, workers);
            Console.WriteLine("workflowcore 3.22.0 (in memory):");
            var (peerStarts, peerCompletions) = await MeasureWorkflowCoreAsync(cases, workers);
            Console.WriteLine(FormattableString.Invariant(
                $"starts: pathway {pathwayStarts.PerSecond:F0}/s vs workflowcore {peerStarts.PerSecond:F0}/s ({pathwayStarts.PerSecond / peerStarts.PerSecond:F2}x)"));
            Console.WriteLine(FormattableString.Invariant(
                $"completions: pathway {pathwayCompletions.PerSecond:F0}/s vs workflowcore {peerCompletions.PerSecond:F0}/s ({pathwayCompletions.PerSecond / peerCompletions.PerSecond:F2}x)"));
            var pathway = Math.Min(pathwayStarts.PerSecond, pathwayCompletions.PerSecond);
            var peer = Math.Min(peerStarts.PerSecond, peerCompletions.PerSecond);
            Console.WriteLine(FormattableString.Invariant(
                $"peer: pathway {pathway:F0}/s vs workflowcore {peer:F0}/s ({pathway / peer:F2}x), durable vs in-memory"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(Figures Starts, Figures Completions)> MeasureWorkflowCoreAsync(int cases, int workers)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(new RuleSetEvaluator(new FileRuleSetSource(Repository.Combine("rules"))));
        services.AddTransient<Triage>();
        services.AddTransient<Assessed>();
        services.AddWorkflow(o =>
        {
            // Its best settings here: workers never sit idle waiting for the next poll.
            o.UseIdleTime(TimeSpan.FromMilliseconds(1));
            o.UseMaxConcurrentWorkflows(Math.Max(Environment.ProcessorCount, workers));
        });
        await using var provider = services.BuildServiceProvider();
        var host = provider.GetRequiredService<IWorkflowHost>();
        host.RegisterWorkflow<ReferralWorkflow, ReferralData>();
        await host.StartAsync(CancellationToken.None);
        try
        {
            // Warmed up as Pathway is, on both steps, but for six rounds at most: it compiles its step
            // expressions for every workflow, so it never settles, and each round's workflows stay in
            // its in-memory store, so more rounds would slow what is measured.
            var referrals = ReferralMix.Create(cases);
            await Figures.WarmUpAsync(async round =>
            {
                await Starts(host, referrals, $"warm-up-{round}-", Figures.WarmUpRound, workers);
                await Completions(host, $"warm-up-{round}-", Figures.WarmUpRound / 2, workers);
            }, maxRounds: 6);
            var starts = await Starts(host, referrals, "", cases, workers);
            EngineBenchmark.Report("case starts", starts);
            var completions = await Completions(host, "", cases, workers);
            EngineBenchmark.Report("task completions", completions);
            return (starts, completions);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static Task<Figures> Starts(IWorkflowHost host, IReadOnlyList<IReadOnlyDictionary<string, object?>> referrals, string prefix, int count, int workers) =>
        Figures.MeasureAsync(count, workers, async i =>
        {
            var key = Key(prefix, i);
            var triaged = Signals.Expect("triaged:" + key);
            await host.StartWorkflow("referral", 1, new ReferralData { Key = key, Referral = referrals[i % referrals.Count] });
            await triaged;
        });

    /// <summary>The trusted assessment recorded for the cases keyed <paramref name="prefix"/>, once every one of them is waiting for it.</summary>
    private static async Task<Figures> Completions(IWorkflowHost host, string prefix, int count, int workers)
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        return await Figures.MeasureAsync(count, workers, i =>
        {
            var key = Key(prefix, i);
            var done = Signals.Expect("assessed:" + key);
            return host.PublishEvent("assessment-recorded", key, i % 3 == 0).ContinueWith(_ => done, TaskScheduler.Default).Unwrap();
        });
    }

    private static string Key(string prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);

    /// <summary>Lets a caller wait until a step of its own workflow has run.</summary>
    private static class Signals
    {
        private static readonly ConcurrentDictionary<string, TaskCompletionSource> Waiting = new(StringComparer.Ordinal);

        public static Task Expect(string what) =>
            Waiting.GetOrAdd(what, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public static void Reached(string what)
        {
            if (Waiting.TryRemove(what, out var waiter))
                waiter.TrySetResult();
        }
    }

    internal sealed class ReferralData
    {
        public string Key { get; set; } = "";
        public IReadOnlyDictionary<string, object?> Referral { get; set; } = new Dictionary<string, object?>();
        public string? Assessor { get; set; }
        public bool MdtNeeded { get; set; }
    }

    private sealed class ReferralWorkflow : IWorkflow<ReferralData>
    {
        public string Id => "referral";

        public int Version => 1;

        public void Build(IWorkflowBuilder<ReferralData> builder) => builder
            .StartWith<Triage>()
            .WaitFor("assessment-recorded", d => d.Key, d => DateTime.MinValue)
                .Output(d => d.MdtNeeded, step => Equals(step.EventData, true))
            .Then<Assessed>()
            .If(d => d.MdtNeeded).Do(then => then.WaitFor("mdt-decided", d => d.Key, d => DateTime.MinValue));
    }

    /// <summary>The same best-placed-assessor decision Pathway makes at the start of a case.</summary>
    private sealed class Triage(RuleSetEvaluator evaluator) : StepBody
    {
        public override ExecutionResult Run(IStepExecutionContext context)
        {
            var data = (ReferralData)context.Workflow.Data;
            data.Assessor = evaluator.Evaluate(RuleSet, null, data.Referral).RuleName;
            Signals.Reached("triaged:" + data.Key);
            return ExecutionResult.Next();
        }
    }

    private sealed class Assessed : StepBody
    {
        public override ExecutionResult Run(IStepExecutionContext context)
        {
            Signals.Reached("assessed:" + ((ReferralData)context.Workflow.Data).Key);
            return ExecutionResult.Next();
        }
    }
}
