using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Impact;

/// <summary>
/// Impact reports kept with the draft they were run against (its row and content hash), so the
/// page shows the last one again while the draft is unchanged, and a publish can name it.
/// </summary>
public sealed class ImpactReports(PathwayDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ImpactReportRecord> SaveAsync(DefinitionRecord draft, int days, string ranBy, ImpactReport report, CancellationToken cancellationToken)
    {
        var record = new ImpactReportRecord
        {
            DefinitionId = draft.Id, Kind = draft.Kind, Key = draft.Key, Locality = draft.Locality, Version = draft.Version,
            ContentHash = draft.ContentHash, Days = days, RanAt = clock.GetUtcNow(), RanBy = ranBy,
            Cases = report.Cases, Changed = report.Changed, ReportJson = JsonSerializer.Serialize(report, Json),
        };
        db.ImpactReports.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public Task<ImpactReportRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.ImpactReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>The last report run on the draft as it reads now; none once the draft has changed since.</summary>
    public Task<ImpactReportRecord?> LatestForAsync(DefinitionRecord draft, CancellationToken cancellationToken) =>
        db.ImpactReports.AsNoTracking()
            .Where(r => r.DefinitionId == draft.Id && r.ContentHash == draft.ContentHash)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public static ImpactReport Read(ImpactReportRecord record) =>
        JsonSerializer.Deserialize<ImpactReport>(record.ReportJson, Json)
        ?? throw new InvalidOperationException($"impact report {record.Id} is empty");
}
