namespace Pathway.Runtime.Impact;

/// <summary>
/// One rule-set decision as the journal recorded it. <see cref="Facts"/> is every fact the
/// case had at that moment; null for a decision journalled before facts were recorded, which
/// cannot be replayed honestly.
/// </summary>
public sealed record RecordedDecision(
    DateTimeOffset At,
    string RuleSet,
    int Version,
    string Rule,
    IReadOnlyDictionary<string, object?> Outputs,
    IReadOnlyDictionary<string, object?>? Facts,
    string? NodeId = null);

/// <summary>A past case: where it was, the team that worked it, the pathway version it ran on and the decisions made for it, in journal order.</summary>
public sealed record PastCase(Guid CaseId, string Locality, DateTimeOffset StartedAt, IReadOnlyList<RecordedDecision> Decisions, long PathwayDefinitionId = 0, string Team = "");
