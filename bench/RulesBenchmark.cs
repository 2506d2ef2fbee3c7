using Pathway.Testing;
using System.Diagnostics;
using System.Globalization;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Facts;
using Pathway.Rules.Loading;

namespace Pathway.Bench;

/// <summary>
/// best-placed-assessor through <see cref="RuleSetEvaluator"/> (RulesEngine, compiled once)
/// against the same decisions hand-written in C#, one thread, a fixed mix of referrals. Both
/// sides include mapping the case variables, as the runtime pays for that too.
/// </summary>
internal static class RulesBenchmark
{
    private const string RuleSet = "best-placed-assessor";

    public static int Run(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3.0;
        var evaluator = new RuleSetEvaluator(new FileRuleSetSource(Repository.Combine("rules")));
        var referrals = ReferralMix.Create(2_000);

        var disagreements = referrals.Count(r => evaluator.Evaluate(RuleSet, null, r).RuleName != HandWrittenTriage.Decide(CaseFactsMapper.Map(r)));
        if (disagreements > 0)
        {
            Console.Error.WriteLine($"hand-written triage disagrees with the rule set on {disagreements} referrals");
            return 1;
        }

        var viaRules = Measure("rule set", seconds, referrals, r => evaluator.Evaluate(RuleSet, null, r).RuleName);
        var handWritten = Measure("hand-written", seconds, referrals, r => HandWrittenTriage.Decide(CaseFactsMapper.Map(r)));
        Console.WriteLine(FormattableString.Invariant($"rules: {viaRules:F0}/s, {viaRules / handWritten:F3} of hand-written"));
        return 0;
    }

    private static double Measure(string label, double seconds, IReadOnlyList<IReadOnlyDictionary<string, object?>> referrals, Func<IReadOnlyDictionary<string, object?>, string> decide)
    {
        for (var i = 0; i < referrals.Count; i++) decide(referrals[i]); // warm up (JIT, tiering)
        var count = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < referrals.Count; i++) decide(referrals[i]);
            count += referrals.Count;
        }
        var rate = count / clock.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant($"{label,-13} {rate,12:N0} evaluations/s ({1e6 / rate:F2} µs each)"));
        return rate;
    }

}
