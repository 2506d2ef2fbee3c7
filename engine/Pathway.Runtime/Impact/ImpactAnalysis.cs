using Pathway.Engine.Time;
using Pathway.Rules.Evaluation;

namespace Pathway.Runtime.Impact;

/// <summary>
/// Replays past cases through another version set, in parallel over every core, with the
/// same rule evaluator the live system uses, and sums the result into an
/// <see cref="ImpactReport"/>. Pure: it reads the cases it is given and writes nothing.
/// </summary>
public static class ImpactAnalysis
{
    public const string TriageRuleSet = "best-placed-assessor";
    public const int ExamplesPerTransition = 20;

    public static ImpactReport Run(
        IReadOnlyList<PastCase> cases, IRuleSetEvaluator after, IProgress<int>? progress = null, PathwayReplay? pathway = null, CancellationToken cancellationToken = default)
    {
        var replays = new CaseReplay[cases.Count];
        var done = 0;
        Parallel.For(0, cases.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            replays[i] = CaseReplay.Of(cases[i], after, pathway);
            var count = Interlocked.Increment(ref done);
            if (progress is not null && count % 1_000 == 0)
                progress.Report(count);
        });
        progress?.Report(cases.Count);
        return Summarise(replays);
    }

    public static ImpactReport Summarise(IReadOnlyList<CaseReplay> replays)
    {
        var replayed = replays.Where(r => r.CannotReplay is null).ToList();
        var cannot = replays.Where(r => r.CannotReplay is not null)
            .GroupBy(r => r.CannotReplay!, StringComparer.Ordinal)
            .Select(g => new Unreplayable(g.Key, g.Count()))
            .OrderByDescending(u => u.Cases).ToList();
        var transitions = replayed
            .SelectMany(r => r.Decisions.Where(d => d.Changed).Select(d => (r.Case.CaseId, Decision: d)))
            .GroupBy(x => (x.Decision.Before.RuleSet, x.Decision.BeforeKey, x.Decision.AfterKey))
            .Select(g => new Transition(
                g.Key.RuleSet, g.Key.BeforeKey, g.Key.AfterKey, g.Count(),
                [.. g.GroupBy(x => (x.Decision.Before.Rule, After: x.Decision.AfterRule ?? "none"))
                    .Select(r => new RuleChange(r.Key.Rule, r.Key.After, r.Count()))
                    .OrderByDescending(r => r.Cases)],
                [.. g.Select(x => x.CaseId).Take(ExamplesPerTransition)]))
            .OrderBy(t => t.RuleSet, StringComparer.Ordinal).ThenByDescending(t => t.Cases)
            .ToList();
        return new ImpactReport(replays.Count, replayed.Count, replayed.Count(r => r.Changed), cannot, transitions, Measures(replayed));
    }

    private static ImpactMeasures Measures(List<CaseReplay> replayed)
    {
        var triages = replayed.SelectMany(r => r.Decisions.Where(d => d.Before.RuleSet == TriageRuleSet).Select(d => (r.Case.Team, Decision: d))).ToList();
        double Share(Func<ReplayedDecision, IReadOnlyDictionary<string, object?>> outputs)
        {
            var community = triages.Select(t => outputs(t.Decision)).Where(o => o.GetValueOrDefault("outsideCommunityCare") is not true && o.Count > 0).ToList();
            return community.Count == 0 ? 0 : (double)community.Count(o => Equals(o.GetValueOrDefault("responseStandard"), "2-hour")) / community.Count;
        }
        var load = new Dictionary<(DateOnly Day, string Role, string Team), (int Before, int After)>();
        foreach (var (team, triage) in triages)
        {
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(triage.Before.At, ServiceTimeZone.UnitedKingdom).DateTime);
            if (triage.Before.Outputs.GetValueOrDefault("assessorRole") is string before)
                load[(day, before, team)] = load.GetValueOrDefault((day, before, team)) is var b ? (b.Before + 1, b.After) : default;
            if (triage.AfterOutputs.GetValueOrDefault("assessorRole") is string after)
                load[(day, after, team)] = load.GetValueOrDefault((day, after, team)) is var a ? (a.Before, a.After + 1) : default;
        }
        var daily = load.Select(l => new DailyLoad(l.Key.Day, l.Key.Role, l.Key.Team, l.Value.Before, l.Value.After))
            .OrderBy(l => l.Day).ThenBy(l => l.Role, StringComparer.Ordinal).ThenBy(l => l.Team, StringComparer.Ordinal).ToList();
        return new ImpactMeasures(Share(t => t.Before.Outputs), Share(t => t.AfterOutputs), daily);
    }
}
