namespace Pathway.Runtime.Impact;

/// <summary>
/// What a draft would do to the people really seen: how many past cases would be decided
/// differently, as before→after transitions per rule set (with the rules that decided them
/// and example cases), the cases that could not be replayed and why, and the effect on the
/// measures.
/// </summary>
public sealed record ImpactReport(
    int Cases,
    int Replayed,
    int Changed,
    IReadOnlyList<Unreplayable> CannotReplay,
    IReadOnlyList<Transition> Transitions,
    ImpactMeasures Measures)
{
    public int Unchanged => Replayed - Changed;

    /// <summary>The report for someone who may not see people (commissioners, designers): the counts, no example cases.</summary>
    public ImpactReport WithoutExamples() => this with { Transitions = [.. Transitions.Select(t => t with { Examples = [] })] };
}

public sealed record Unreplayable(string Reason, int Cases);

/// <summary>One before→after change of a rule set's decision, e.g. community-physiotherapist/2-hour → gp/routine.</summary>
public sealed record Transition(string RuleSet, string Before, string After, int Cases, IReadOnlyList<RuleChange> ByRule, IReadOnlyList<Guid> Examples);

public sealed record RuleChange(string BeforeRule, string AfterRule, int Cases);

/// <summary>The share of community referrals given the 2-hour standard, and the expected load per role and team per day, before and after.</summary>
public sealed record ImpactMeasures(double TwoHourShareBefore, double TwoHourShareAfter, IReadOnlyList<DailyLoad> LoadPerRoleDay);

/// <summary>Referrals a role in a team would assess on a day; the team is the one that worked the case (its locality's intake team).</summary>
public sealed record DailyLoad(DateOnly Day, string Role, string Team, int Before, int After);
