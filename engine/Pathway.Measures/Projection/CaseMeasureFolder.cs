using System.Text.Json;
using Pathway.Engine.Runtime;
using Pathway.Engine.Time;
using Pathway.Measures.Storage;
using Pathway.Runtime.Cases;

namespace Pathway.Measures.Projection;

/// <summary>
/// Folds one journal line into a case's measure row. Pure: the same lines in the same order
/// give the same row, which is what lets an incremental run equal a full rebuild. Every
/// measure rests on the lines the engine and the case-work commands write: the engine's for
/// times (a task completed, a timer fired), the commands' for what was decided (the MDT's
/// involvement and risk, accept/challenge, the closing outcome).
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
            case PathwayNodes.MdtDecided:
                MdtDecided(record, line);
                break;
            case PathwayNodes.AssessmentAccepted:
                record.AssessmentsAccepted++;
                break;
            case PathwayNodes.AssessmentChallenged:
                record.AssessmentsChallenged++;
                break;
            case PathwayNodes.CaseOutcome:
                CaseOutcome(record, line);
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
        or PathwayNodes.MdtDecided or PathwayNodes.AssessmentAccepted or PathwayNodes.AssessmentChallenged or PathwayNodes.CaseOutcome;

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
        switch (line.NodeId)
        {
            // The assessor records when they first saw the person (CSDS first care contact); an
            // assessment without that time counts from its recording.
            case PathwayNodes.TrustedAssessment when record.AssessmentCompletedAt is null:
                record.AssessmentCompletedAt = line.At;
                using (var data = Parse(line))
                    record.FirstContactAt = data?.RootElement.Child("output")?.Time("firstContactAt") is { } seen && seen <= line.At ? seen : line.At;
                break;
            case PathwayNodes.MdtReview when record.MdtReviewedAt is null:
                record.MdtReviewedAt = line.At;
                break;
            case PathwayNodes.PlanHandover:
                HandoverPlanned(record, line);
                break;
        }
    }

    /// <summary>HandOver completes Plan handover with handoverRequired and the receiving service as the task output.</summary>
    private static void HandoverPlanned(CaseMeasureRecord record, JournalLine line)
    {
        using var data = Parse(line);
        var output = data?.RootElement.Child("output") ?? default;
        if (output.Bool("handoverRequired") != true)
            return;
        record.HandoverRequestedAt ??= line.At;
        record.ReceivingService = output.String("receivingService") ?? record.ReceivingService;
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
        if (data?.RootElement.String("message") is not (PathwayNodes.HandoverAccepted or PathwayNodes.HandoverDeclined or PathwayNodes.HandoverResponse))
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

    /// <summary>The MDT's decision, as RecordMdtDecision journals it; the first decision of the case counts.</summary>
    private static void MdtDecided(CaseMeasureRecord record, JournalLine line)
    {
        if (record.MdtPersonInvolvement is not null)
            return;
        using var data = Parse(line);
        var root = data?.RootElement ?? default;
        record.MdtPersonInvolvement = root.String("personInvolvement");
        record.MdtCarerInvolvement = root.String("carerInvolvement");
        // RecordMdtDecision accepts riskAccepted only with the risk, the mitigation and the person's choice.
        record.MdtPositiveRisk = root.Bool("riskAccepted") == true;
    }

    /// <summary>The outcome CloseCase journals (case.outcome: outcome, reason), after the engine's case.completed.</summary>
    private static void CaseOutcome(CaseMeasureRecord record, JournalLine line)
    {
        using var data = Parse(line);
        var root = data?.RootElement ?? default;
        record.Outcome ??= root.String("outcome");
        record.OutcomeReason ??= root.String("reason");
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
