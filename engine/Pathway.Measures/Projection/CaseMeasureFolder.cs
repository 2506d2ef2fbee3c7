using System.Text.Json;
using Pathway.Engine.Runtime;
using Pathway.Engine.Time;
using Pathway.Measures.Storage;
using Pathway.Runtime.Cases;

namespace Pathway.Measures.Projection;

/// <summary>
/// Folds one journal line into a case's measure row. Pure: the same lines in the same order
/// give the same row, which is what lets an incremental run equal a full rebuild. Every
/// measure rests on lines the engine itself writes; the case-work lines (an assessment's
/// recorded first contact, accept/challenge, closure) refine them when present.
/// </summary>
public static class CaseMeasureFolder
{
    public const string Redirected = "redirected";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";

    public static CaseMeasureRecord Start(Guid caseId, CaseReferral referral)
    {
        var record = new CaseMeasureRecord
        {
            CaseId = caseId,
            Locality = referral.Locality,
            Team = referral.Team ?? "",
            Source = referral.Source ?? "",
            Need = referral.Need ?? "",
        };
        SetReferredAt(record, referral.ReferredAt ?? referral.StartedAt);
        return record;
    }

    /// <summary>Applies a line; returns a handover decline to store when the line was one.</summary>
    public static HandoverDeclineRecord? Apply(CaseMeasureRecord record, JournalLine line)
    {
        HandoverDeclineRecord? decline = null;
        switch (line.Kind)
        {
            case RuntimeJournalKinds.RulesDecided:
                Decided(record, line);
                break;
            case JournalKinds.TaskCompleted:
                TaskCompleted(record, line);
                break;
            case JournalKinds.TimerFired:
                TimerFired(record, line.NodeId);
                break;
            case JournalKinds.MessageReceived:
                decline = MessageReceived(record, line);
                break;
            case PathwayNodes.AssessmentRecorded:
                AssessmentRecorded(record, line);
                break;
            case PathwayNodes.AssessmentAccepted:
                record.AssessmentsAccepted++;
                break;
            case PathwayNodes.AssessmentChallenged:
                record.AssessmentsChallenged++;
                break;
            case PathwayNodes.CaseClosed or PathwayNodes.CaseOutcome:
                CaseClosed(record, line);
                break;
            case JournalKinds.CaseCompleted:
                record.EndedAt ??= line.At;
                record.EndStatus = record.Outcome is null && record.OutsideCommunityCare ? Redirected : Completed;
                break;
            case JournalKinds.CaseCancelled:
                record.EndedAt ??= line.At;
                record.EndStatus = Cancelled;
                break;
        }
        record.ResponseMinutes = record.FirstContactAt is { } contact ? (contact - record.ReferredAt).TotalMinutes : null;
        return decline;
    }

    /// <summary>Only folded lines of these kinds need their data parsed; the rest are skipped cheaply.</summary>
    public static bool Matters(string kind) => kind is RuntimeJournalKinds.RulesDecided or JournalKinds.TaskCompleted
        or JournalKinds.TimerFired or JournalKinds.MessageReceived or JournalKinds.CaseCompleted or JournalKinds.CaseCancelled
        or PathwayNodes.AssessmentRecorded or PathwayNodes.AssessmentAccepted or PathwayNodes.AssessmentChallenged or PathwayNodes.CaseClosed or PathwayNodes.CaseOutcome;

    private static void SetReferredAt(CaseMeasureRecord record, DateTimeOffset at)
    {
        record.ReferredAt = at;
        var local = TimeZoneInfo.ConvertTime(at, ServiceTimeZone.UnitedKingdom);
        record.ReferredMonth = local.Year * 100 + local.Month;
        // UCR's core hours are 08:00-20:00 UK time: a referral at 19:55 is in hours.
        record.OutOfHours = local.Hour < 8 || local.Hour >= 20;
    }

    private static void Decided(CaseMeasureRecord record, JournalLine line)
    {
        using var data = Parse(line);
        if (data?.RootElement.Child("outputs") is not { } outputs)
            return;
        // Triage and MDT selection are told apart by what they decide, so a renamed node still counts.
        if (outputs.String("responseStandard") is { } standard)
        {
            record.Standard = standard;
            record.AssessorRole = outputs.String("assessorRole");
            record.OutsideCommunityCare = outputs.Bool("outsideCommunityCare") ?? false;
        }
        if (outputs.Bool("mdtNeeded") == true && record.MdtSelectedAt is null)
        {
            record.MdtSelectedAt = line.At;
            record.MdtReason = outputs.String("mdtReason");
        }
    }

    private static void TaskCompleted(CaseMeasureRecord record, JournalLine line)
    {
        using var data = Parse(line);
        var output = data?.RootElement.Child("output") ?? default;
        switch (line.NodeId)
        {
            case PathwayNodes.TrustedAssessment when record.AssessmentCompletedAt is null:
                record.AssessmentCompletedAt = line.At;
                if (output.Time("firstContactAt") is { } contact)
                    RecordFirstContact(record, contact);
                else if (!record.FirstContactRecorded)
                    record.FirstContactAt = line.At;
                break;
            case PathwayNodes.MdtReview when record.MdtReviewedAt is null:
                record.MdtReviewedAt = line.At;
                record.MdtPersonInvolved = output.Bool("personInvolved");
                record.MdtCarerInvolved = output.Bool("carerInvolved");
                record.MdtPositiveRisk = output.Bool("positiveRiskTaking") == true
                    || !string.IsNullOrWhiteSpace(output.String("positiveRiskRecord"));
                break;
            case PathwayNodes.PlanHandover when output.Bool("handoverRequired") == true:
                record.HandoverRequestedAt ??= line.At;
                record.ReceivingService = output.String("receivingService") ?? record.ReceivingService;
                break;
            case PathwayNodes.CloseWithOutcome:
                record.Outcome = output.String("outcome") ?? record.Outcome;
                record.OutcomeReason = output.String("admissionReason") ?? output.String("reason") ?? record.OutcomeReason;
                break;
        }
    }

    private static void TimerFired(CaseMeasureRecord record, string? nodeId)
    {
        switch (nodeId)
        {
            case PathwayNodes.ResponseWindowPassed: record.ResponseAlerted = true; break;
            case PathwayNodes.AssessmentEscalation: record.AssessmentEscalated = true; break;
            case PathwayNodes.MdtReviewOverdue: record.MdtOverdue = true; break;
            case PathwayNodes.AcceptanceWindowPassed: record.HandoverEscalated = true; break;
        }
    }

    private static HandoverDeclineRecord? MessageReceived(CaseMeasureRecord record, JournalLine line)
    {
        using var data = Parse(line);
        if (data is null || data.RootElement.String("message") != PathwayNodes.HandoverResponse)
            return null;
        var payload = data.RootElement.Child("payload") ?? default;
        if (payload.Bool("handoverAccepted") == true)
        {
            record.HandoverAcceptedAt ??= line.At;
            return null;
        }
        record.HandoverDeclines++;
        return new HandoverDeclineRecord
        {
            CaseId = record.CaseId,
            JournalId = line.Id,
            DeclinedAt = line.At,
            Reason = payload.String("declineReason") is { Length: > 0 } reason ? reason : "not given",
        };
    }

    private static void AssessmentRecorded(CaseMeasureRecord record, JournalLine line)
    {
        using var data = Parse(line);
        if (data is null)
            return;
        var root = data.RootElement;
        if ((root.Time("firstContactAt") ?? root.Child("assessment")?.Time("firstContactAt")) is { } contact)
            RecordFirstContact(record, contact);
    }

    private static void RecordFirstContact(CaseMeasureRecord record, DateTimeOffset contact)
    {
        // The clinician's recorded contact time is the CSDS "first care contact"; the task
        // completion is only its stand-in, and can be later when notes are written up afterwards.
        if (!record.FirstContactRecorded || contact < record.FirstContactAt)
            record.FirstContactAt = contact;
        record.FirstContactRecorded = true;
    }

    private static void CaseClosed(CaseMeasureRecord record, JournalLine line)
    {
        using var data = Parse(line);
        var root = data?.RootElement ?? default;
        record.Outcome ??= root.String("outcome");
        record.OutcomeReason ??= root.String("reason") ?? root.String("admissionReason");
        record.EndedAt ??= line.At;
    }

    private static JsonDocument? Parse(JournalLine line)
    {
        if (string.IsNullOrEmpty(line.DataJson))
            return null;
        try
        {
            return JsonDocument.Parse(line.DataJson);
        }
        catch (JsonException)
        {
            // A malformed line must not stop every measure behind it.
            return null;
        }
    }
}
