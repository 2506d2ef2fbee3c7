using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Time;
using Pathway.Measures.Queries;
using Pathway.Measures.Storage;

namespace Pathway.Measures.Export;

/// <summary>
/// The Community Services Data Set UCR fields for each 2-hour referral: pseudonymous, the
/// case id being the only key; no name, NHS number or date of birth ever reaches this table.
/// Times are UK local, as CSDS records them.
/// </summary>
public sealed class UcrReferralExport(MeasuresDbContext db)
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "case_id", "referral_received_date", "referral_received_time", "referral_source", "referral_reason",
        "priority", "first_care_contact_date", "first_care_contact_time", "response_minutes", "standard_met", "out_of_hours", "locality", "team",
    ];

    public async Task<string> WriteAsync(MeasureFilter filter, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (start, end) = MeasureScan.Bounds(from, to);
        var rows = db.Cases.AsNoTracking()
            .Where(c => c.Standard == ResponseStandards.TwoHour && !c.OutsideCommunityCare)
            .Where(c => c.ReferredAt >= new DateTimeOffset(start, TimeSpan.Zero) && c.ReferredAt < new DateTimeOffset(end, TimeSpan.Zero));
        if (!string.IsNullOrEmpty(filter.Locality)) rows = rows.Where(c => c.Locality == filter.Locality);
        if (!string.IsNullOrEmpty(filter.Team)) rows = rows.Where(c => c.Team == filter.Team);
        if (!string.IsNullOrEmpty(filter.Source)) rows = rows.Where(c => c.Source == filter.Source);
        if (!string.IsNullOrEmpty(filter.Need)) rows = rows.Where(c => c.Need == filter.Need);
        var list = await rows.OrderBy(c => c.ReferredAt)
            .Select(c => new { c.CaseId, c.ReferredAt, c.Source, c.Need, c.FirstContactAt, c.ResponseMinutes, c.OutOfHours, c.Locality, c.Team })
            .ToListAsync(cancellationToken);
        return Csv.Write(Headers, list.Select(c => new[]
        {
            c.CaseId.ToString(), Date(c.ReferredAt), Time(c.ReferredAt), c.Source, c.Need, "2-hour",
            c.FirstContactAt is { } f ? Date(f) : "", c.FirstContactAt is { } t ? Time(t) : "",
            c.ResponseMinutes?.ToString("0", CultureInfo.InvariantCulture) ?? "",
            c.ResponseMinutes is null ? "" : c.ResponseMinutes <= ResponseStandards.TwoHourMinutes ? "Y" : "N",
            c.OutOfHours ? "Y" : "N", c.Locality, c.Team,
        }));
    }

    private static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, ServiceTimeZone.UnitedKingdom).DateTime;

    private static string Date(DateTimeOffset at) => Local(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => Local(at).ToString("HH:mm", CultureInfo.InvariantCulture);
}
