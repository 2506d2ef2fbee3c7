namespace Pathway.Measures.Projection;

/// <summary>
/// What the referral said, from the case row: the journal's start line carries no variables.
/// The values are the case's variables when the projection first meets it.
/// </summary>
public sealed record CaseReferral(string Locality, DateTimeOffset StartedAt, string? Team, string? Source, string? Need, DateTimeOffset? ReferredAt)
{
    public static CaseReferral Unknown(DateTimeOffset at) => new("unknown", at, null, null, null, null);
}
