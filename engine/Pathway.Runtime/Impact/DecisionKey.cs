using System.Globalization;

namespace Pathway.Runtime.Impact;

/// <summary>
/// How a decision is named in a transition table: a triage as who responds and how fast
/// ("community-physiotherapist/2-hour", or "outside community care"), anything else as its
/// outputs ("assessmentEscalateAfter=PT3H, escalationRole=coordinator").
/// </summary>
public static class DecisionKey
{
    public static string Of(string ruleSet, IReadOnlyDictionary<string, object?> outputs)
    {
        if (ruleSet == PathwayStep.RuleSet && outputs.GetValueOrDefault(PathwayStep.Output) is string step)
            return step;
        if (outputs.GetValueOrDefault("outsideCommunityCare") is true)
            return "outside community care";
        if (outputs.GetValueOrDefault("assessorRole") is { } role && outputs.GetValueOrDefault("responseStandard") is { } standard)
            return $"{role}/{standard}";
        return string.Join(", ", outputs
            .Where(o => o.Value is not null && o.Key is not ("mdtReason" or "outsideReason"))
            .OrderBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => $"{o.Key}={Convert.ToString(o.Value, CultureInfo.InvariantCulture)}"));
    }
}
