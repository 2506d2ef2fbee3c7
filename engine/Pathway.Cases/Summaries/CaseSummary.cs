using Pathway.Cases.Triage;

namespace Pathway.Cases.Summaries;

/// <summary>
/// Who a case is for and how urgent it is, as a worklist or huddle row shows it: the person as the
/// referral stated them, their age on the day it is read, NEWS2, presenting need and any emergency.
/// </summary>
/// <param name="NhsNumber">3-3-4, as NHS screens show it.</param>
/// <param name="PresentingNeed">The referral's word for it (<c>fall</c>); pages show its label.</param>
public sealed record CaseSummary(
    Guid CaseId, string PersonName, string? NhsNumber, DateOnly? DateOfBirth, int? Age, int? News2Score,
    string? PresentingNeed, string Locality, Emergency? Emergency);
