using Pathway.Engine.Runtime;
using Pathway.Measures.Projection;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Storage;

namespace Pathway.Measures.Tests;

/// <summary>Writes one case's journal by hand, line by line, in the shapes and order the engine and the case-work commands write them.</summary>
public sealed class CaseJournal
{
    private readonly TestDatabase _db;
    private int _sequence;

    public CaseJournal(TestDatabase db, DateTimeOffset startedAt, string need, string source, string team, string locality, DateTimeOffset? referredAt)
    {
        _db = db;
        Id = Guid.NewGuid();
        var variables = new Dictionary<string, object?> { ["presentingNeed"] = need, ["referralSource"] = source, ["team"] = team, ["locality"] = locality };
        if (referredAt is { } at)
            variables["referredAt"] = at.ToString("O");
        using var engine = db.Engine();
        engine.Cases.Add(new CaseRecord
        {
            Id = Id, Locality = locality, StartedAt = startedAt,
            StateJson = CaseStateJson.Serialize(new CaseState { Variables = variables }),
        });
        engine.SaveChanges();
        Line(JournalKinds.CaseStarted, startedAt, "ReferralReceived");
    }

    public Guid Id { get; }

    public CaseJournal Triage(DateTimeOffset at, string standard, bool outside = false) =>
        Line(RuntimeJournalKinds.RulesDecided, at, "Triage", new Dictionary<string, object?>
        {
            ["ruleSet"] = "best-placed-assessor",
            ["outputs"] = new Dictionary<string, object?> { ["responseStandard"] = standard, ["assessorRole"] = "community-physiotherapist", ["outsideCommunityCare"] = outside },
        });

    public CaseJournal MdtSelected(DateTimeOffset at, bool needed = true, string reason = "Frailty with a tipping point") =>
        Line(RuntimeJournalKinds.RulesDecided, at, "MdtSelection", new Dictionary<string, object?>
        {
            ["ruleSet"] = "mdt-selection",
            ["outputs"] = new Dictionary<string, object?> { ["mdtNeeded"] = needed, ["mdtReason"] = reason },
        });

    public CaseJournal Completed(string nodeId, DateTimeOffset at, Dictionary<string, object?>? output = null) =>
        Line(JournalKinds.TaskCompleted, at, nodeId, new Dictionary<string, object?> { ["bookmark"] = "b1", ["output"] = output ?? [] });

    /// <summary>RecordAssessment: the engine's completion (the assessment's case variables as output), then assessment.recorded.</summary>
    /// <summary>The trusted assessment recorded at <paramref name="at"/>, the person first seen then or at <paramref name="seen"/>.</summary>
    public CaseJournal Assessed(DateTimeOffset at, DateTimeOffset? seen = null)
    {
        var firstContactAt = (seen ?? at).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        return Completed(PathwayNodes.TrustedAssessment, at, new() { ["firstContactAt"] = firstContactAt, ["clinicalFrailtyScale"] = 6L, ["selfNeglect"] = false, ["assessedBy"] = "nurse-1", ["assessorDiscipline"] = "crisis-response-nurse" })
            .Line("assessment.recorded", at, null, new() { ["version"] = 1, ["by"] = "nurse-1", ["discipline"] = "crisis-response-nurse", ["firstContactAt"] = firstContactAt });
    }

    public CaseJournal AssessmentAccepted(DateTimeOffset at) =>
        Line(PathwayNodes.AssessmentAccepted, at, null, new() { ["version"] = 1, ["by"] = "ot-1", ["discipline"] = "occupational-therapist" });

    public CaseJournal AssessmentChallenged(DateTimeOffset at, string reason) =>
        Line(PathwayNodes.AssessmentChallenged, at, null, new() { ["version"] = 1, ["by"] = "ot-1", ["discipline"] = "occupational-therapist", ["reason"] = reason, ["revisionTask"] = 9 });

    /// <summary>RecordMdtDecision: the MdtReview completion (decision and risk as output), then mdt.decided with the involvement.</summary>
    public CaseJournal MdtDecided(DateTimeOffset at, string personInvolvement, string carerInvolvement, bool riskAccepted = false) =>
        Completed(PathwayNodes.MdtReview, at, new() { ["mdtDecision"] = "stay at home with a care package", ["mdtRiskAccepted"] = riskAccepted })
            .Line(PathwayNodes.MdtDecided, at, null, new()
            {
                ["decision"] = "stay at home with a care package", ["disciplinesPresent"] = new[] { "district-nurse", "social-worker" },
                ["personInvolvement"] = personInvolvement, ["carerInvolvement"] = carerInvolvement, ["riskAccepted"] = riskAccepted, ["actions"] = 1,
            });

    /// <summary>HandOver: Plan handover completed with the plan as output; handover.requested when one is asked for.</summary>
    public CaseJournal HandoverPlanned(DateTimeOffset at, string? receivingService)
    {
        Completed(PathwayNodes.PlanHandover, at, new() { ["handoverRequired"] = receivingService is not null, ["receivingService"] = receivingService });
        return receivingService is null ? this : Line("handover.requested", at, null, new() { ["receivingService"] = receivingService });
    }

    public CaseJournal TimerFired(string nodeId, DateTimeOffset at) =>
        Line(JournalKinds.TimerFired, at, nodeId, new Dictionary<string, object?> { ["bookmark"] = "b2", ["dueAt"] = at });

    /// <summary>
    /// RespondToHandover: the handover-accepted or handover-declined message, as the engine journals it
    /// (<paramref name="earlierVersion"/>: the one handover-response message of pathway versions before the race).
    /// </summary>
    public CaseJournal HandoverResponse(DateTimeOffset at, bool accepted, string? declineReason = null, bool earlierVersion = false) =>
        Line(JournalKinds.MessageReceived, at, earlierVersion ? "ReceivingServiceResponds" : accepted ? "HandoverAccepted" : "HandoverDeclined", new Dictionary<string, object?>
        {
            ["message"] = earlierVersion ? PathwayNodes.HandoverResponse : accepted ? PathwayNodes.HandoverAccepted : PathwayNodes.HandoverDeclined,
            ["payload"] = new Dictionary<string, object?> { ["handoverAccepted"] = accepted, ["declineReason"] = declineReason },
        });

    /// <summary>CloseCase: the close-case completion, the engine's case.completed, then case.outcome, in that order.</summary>
    public CaseJournal Closed(DateTimeOffset at, string outcome, string? reason = null) =>
        Completed("CloseWithOutcome", at, new() { ["outcome"] = outcome, ["outcomeReason"] = reason })
            .Line(JournalKinds.CaseCompleted, at, null)
            .Line(PathwayNodes.CaseOutcome, at, null, new() { ["outcome"] = outcome, ["reason"] = reason });

    public CaseJournal Cancelled(DateTimeOffset at) =>
        Line(JournalKinds.CaseCancelled, at, null, new Dictionary<string, object?> { ["reason"] = "referral withdrawn" });

    public CaseJournal Line(string kind, DateTimeOffset at, string? nodeId, Dictionary<string, object?>? data = null)
    {
        using var engine = _db.Engine();
        engine.Journal.Add(new JournalRecord
        {
            CaseId = Id, Sequence = ++_sequence, At = at, Kind = kind, NodeId = nodeId, Actor = "test",
            DataJson = data is null ? null : CaseStateJson.SerializeData(data),
        });
        engine.SaveChanges();
        return this;
    }
}
