using System.Globalization;
using Pathway.Cases.Audit;
using Pathway.Cases.People;
using Pathway.DesignerHost.Pages.Cases;
using Pathway.Engine.Time;

namespace Pathway.DesignerHost.Audit;

/// <summary>
/// An audit row as a sentence: who did what to whose record, and when ("coordinator opened the case
/// page of Edith Example (NHS number 943 476 5919) at 17:20 on 1 December 2026"). The page and its CSV say the same.
/// </summary>
public static class AuditSentence
{
    public static string Of(AccessAuditEntry row) =>
        $"{row.ActorId} {(row.Status >= 400 ? "was refused when they tried to " + Deed(row).Infinitive : Deed(row).Past)}{Whose(row)} at {When(row.At)}";

    /// <summary>"17:20 on 1 December 2026", UK time, as the case page writes times.</summary>
    public static string When(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, ServiceTimeZone.UnitedKingdom).ToString("HH:mm 'on' d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>" of Edith Example (NHS number 943 476 5919)"; a list or search reads no one's record in particular.</summary>
    public static string Whose(AccessAuditEntry row) => row switch
    {
        { PersonName: { } name, NhsNumber: { } nhs } => $" of {name} (NHS number {NhsNumber.Format(nhs)})",
        { CaseId: { } caseId } => $" of case {CaseReferenceText(caseId)}",
        _ => "",
    };

    /// <summary>What was done, as a verb phrase in the past and as an infinitive (for a refusal).</summary>
    public static (string Past, string Infinitive) Deed(AccessAuditEntry row) =>
        Deeds.TryGetValue(row.What, out var deed) ? deed
        : (row.Action == "read" ? ($"read {row.What}", $"read {row.What}") : ($"changed the record through {row.What}", $"change the record through {row.What}"));

    private static string CaseReferenceText(Guid caseId) => Pathway.Cases.CaseList.CaseReference.Of(caseId);

    /// <summary>
    /// Each audited request, by method and route (a page's form adds its handler), as staff would say it.
    /// Task, assessment and handover words are the case timeline's (<see cref="CaseworkSentences"/>).
    /// </summary>
    private static readonly Dictionary<string, (string Past, string Infinitive)> Deeds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GET /cases/{id:guid}"] = ("opened the case page", "open the case page"),
        ["POST /cases/{id:guid}?handler=Complete"] = ("completed a task on the record", "complete a task on the record"),
        ["POST /cases/{id:guid}?handler=Accept"] = ("accepted the trusted assessment on the record", "accept the trusted assessment on the record"),
        ["POST /cases/{id:guid}?handler=Challenge"] = ("challenged the trusted assessment on the record", "challenge the trusted assessment on the record"),
        ["POST /cases/{id:guid}?handler=Reassign"] = ("reassigned a task on the record", "reassign a task on the record"),
        ["POST /cases/{id:guid}?handler=RespondToHandover"] = ("recorded the handover response on the record", "record the handover response on the record"),
        ["POST /cases/{id:guid}?handler=Retry"] = ("retried a stopped step on the record", "retry a stopped step on the record"),
        ["POST /referrals/new"] = ("recorded a referral, starting the record", "record a referral"),
        ["GET /api/cases"] = ("searched the case list", "search the case list"),
        ["GET /api/cases/{id:guid}"] = ("read the case record", "read the case record"),
        ["GET /api/cases/{id:guid}/journal"] = ("read the journal", "read the journal"),
        ["GET /api/cases/{id:guid}/pathway-xml"] = ("read the pathway diagram", "read the pathway diagram"),
        ["GET /api/cases/{id:guid}/diagram-state"] = ("read where the case is on the pathway", "read where the case is on the pathway"),
        ["POST /api/cases"] = ("started a case", "start a case"),
        ["POST /api/cases/{id:guid}/messages/{name}"] = ("delivered a message to the case", "deliver a message to the case"),
        ["POST /api/cases/{id:guid}/incidents/{incidentId}/retry"] = ("retried a stopped step on the record", "retry a stopped step on the record"),
        ["GET /api/tasks"] = ("read the worklist", "read the worklist"),
        ["POST /api/tasks/{id:long}/claim"] = ("took a task on the record", "take a task on the record"),
        ["POST /api/tasks/{id:long}/release"] = ("handed back a task on the record", "hand back a task on the record"),
        ["POST /api/tasks/{id:long}/reassign"] = ("reassigned a task on the record", "reassign a task on the record"),
        ["POST /api/tasks/{id:long}/complete"] = ("completed a task on the record", "complete a task on the record"),
        ["GET /api/cases/{id:guid}/assessment"] = ("read the trusted assessment", "read the trusted assessment"),
        ["POST /api/cases/{id:guid}/assessment/accept"] = ("accepted the trusted assessment on the record", "accept the trusted assessment on the record"),
        ["POST /api/cases/{id:guid}/assessment/challenge"] = ("challenged the trusted assessment on the record", "challenge the trusted assessment on the record"),
        ["GET /api/cases/{id:guid}/handovers"] = ("read the handovers", "read the handovers"),
        ["POST /api/cases/{id:guid}/handovers/response"] = ("recorded the handover response on the record", "record the handover response on the record"),
        ["POST /api/referrals"] = ("recorded a referral, starting the record", "record a referral"),
        ["POST /fhir/$process-message"] = ("sent a referral message (FHIR), starting or changing the record", "send a referral message (FHIR)"),
        ["GET /api/huddles/{team}"] = ("read the huddle board", "read the huddle board"),
    };
}
