namespace Pathway.Cases.Referrals;

/// <summary>
/// A referral as a referrer sends it, from the JSON API or mapped from a FHIR message.
/// <see cref="ReablementPotential"/>: could short-term reablement restore everyday function? The rules
/// send such a person to the 2-day reablement response; a reduced-function referral must say.
/// </summary>
public sealed record Referral(
    PersonDetails? Person,
    string? ReferralSource,
    string? PresentingNeed,
    int? ClinicalFrailtyScale,
    News2Observations? Observations,
    bool? ConsentGiven,
    string? WhatMatters,
    IReadOnlyList<Carer>? Carers,
    string? CarerStatus,
    EndOfLifeWishes? EndOfLife,
    IReadOnlyList<string>? SafeguardingFlags,
    string? Setting,
    ClinicalFlags? Flags,
    bool? ReablementPotential = null)
{
    /// <summary>The sender saw that this NHS number is known with other details and confirms it is the same person.</summary>
    public bool ConfirmKnownPerson { get; init; }
}

public sealed record PersonDetails(string? NhsNumber, string? Name, DateOnly? DateOfBirth, string? Postcode, string? Locality, string? GpPractice);

/// <summary>A carer and how they are involved (main-carer, involved, informed, not-involved).</summary>
public sealed record Carer(string? Name, string? Relationship, string? Involvement);

public sealed record EndOfLifeWishes(bool EndOfLife, string? PreferredPlaceOfCare, string? Wishes);

/// <summary>Red flags the referrer saw; the rules route some away from community care.</summary>
public sealed record ClinicalFlags(
    bool SuspectedFracture = false,
    bool HeadInjury = false,
    bool OnAnticoagulants = false,
    bool LongLie = false,
    bool HousingNeed = false,
    bool LossOfConsciousness = false,
    bool SepsisSuspected = false,
    bool StrokeSuspected = false,
    bool MentalHealthCrisis = false);
