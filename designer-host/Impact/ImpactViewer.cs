using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Impact;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Impact;

/// <summary>
/// What each caller may see of an impact report: example cases only for roles that may open
/// people's records; everyone else (commissioners, designers) gets the counts. Decided here, on
/// the server, for every way a report leaves it.
/// </summary>
public static class ImpactViewer
{
    public static async Task<bool> SeesPeopleAsync(IAuthorizationService authorization, ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, Policies.CaseRead)).Succeeded;

    public static StoredImpactReportView View(ImpactReportRecord record, bool seesPeople)
    {
        var report = ImpactReports.Read(record);
        return new StoredImpactReportView(record.Id, record.DefinitionId, record.Kind, record.Key, record.Locality, record.Version, record.ContentHash,
            record.Days, record.RanAt, record.RanBy, seesPeople, seesPeople ? report : report.WithoutExamples());
    }
}

/// <summary>A stored report with the draft it was run against; <see cref="ExamplesShown"/> says whether example cases were left in for this caller.</summary>
public sealed record StoredImpactReportView(long Id, long DefinitionId, DefinitionKind Kind, string Key, string Locality, int Version, string ContentHash,
    int Days, DateTimeOffset RanAt, string RanBy, bool ExamplesShown, ImpactReport Report);

/// <summary>A run as the page polls it: status, cases done of the total (null while the journal is read), and once finished the stored report.</summary>
public sealed record ImpactRunView(Guid Id, DefinitionKind Kind, string Key, string Locality, int Version, string ContentHash, int Days,
    ImpactRunStatus Status, int Done, int? Total, long? ReportId, string? Error, StoredImpactReportView? Report)
{
    public static ImpactRunView Of(ImpactRun run, StoredImpactReportView? report) =>
        new(run.Id, run.Kind, run.Key, run.Locality, run.Version, run.ContentHash, run.Days, run.Status, run.Done, run.Total, run.ReportId, run.Error, report);
}
