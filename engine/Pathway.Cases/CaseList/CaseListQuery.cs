using Pathway.Engine.Runtime;

namespace Pathway.Cases.CaseList;

/// <summary>
/// What a case list asks for. <see cref="Search"/> is an NHS number (with or without spaces), a date of birth
/// (15/3/1941 or 1941-03-15), a case reference (its first 8 characters) or part of a name.
/// </summary>
public sealed record CaseListQuery(string? Search = null, CaseStatus? Status = null, string? Locality = null, string? Standard = null, bool OverdueOnly = false, int Page = 1, int PageSize = CaseListQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int SafePage => Math.Max(1, Page);
    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);
}

/// <summary>One row: the person as the case's referral stated them, the age today, and where the case stands.</summary>
public sealed record CaseListItem(
    Guid CaseId, string Reference, string NhsNumber, string Name, DateOnly DateOfBirth, int Age, string Locality, string PresentingNeed,
    CaseStatus Status, string? Standard, DateTimeOffset ReferredAt, DateTimeOffset? NextDueAt, bool Overdue);

public sealed record CaseListPage(IReadOnlyList<CaseListItem> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
