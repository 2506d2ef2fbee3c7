namespace Pathway.Measures.Queries;

/// <summary>
/// Which referrals a dashboard covers: empty fields mean all. The period is by referral
/// received date (UK), both ends inclusive; without one the dashboard shows the year up to
/// the latest referral on record.
/// </summary>
public sealed record MeasureFilter(
    string? Locality = null, string? Team = null, string? Source = null, string? Need = null,
    DateOnly? From = null, DateOnly? To = null);
