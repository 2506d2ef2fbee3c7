using Pathway.Engine.Runtime;
using Pathway.Measures.Projection;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Storage;

namespace Pathway.Measures.Tests;

/// <summary>Writes one case's journal by hand, line by line, as the engine (and the case-work commands) would.</summary>
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

    public CaseJournal Assessed(DateTimeOffset at, Dictionary<string, object?>? output = null) => Completed(PathwayNodes.TrustedAssessment, at, output);

    public CaseJournal TimerFired(string nodeId, DateTimeOffset at) =>
        Line(JournalKinds.TimerFired, at, nodeId, new Dictionary<string, object?> { ["bookmark"] = "b2", ["dueAt"] = at });

    public CaseJournal HandoverResponse(DateTimeOffset at, bool accepted, string? declineReason = null) =>
        Line(JournalKinds.MessageReceived, at, "ReceivingServiceResponds", new Dictionary<string, object?>
        {
            ["message"] = PathwayNodes.HandoverResponse,
            ["payload"] = new Dictionary<string, object?> { ["handoverAccepted"] = accepted, ["declineReason"] = declineReason },
        });

    public CaseJournal Closed(DateTimeOffset at, string outcome) =>
        Completed(PathwayNodes.CloseWithOutcome, at, new() { ["outcome"] = outcome }).Line(JournalKinds.CaseCompleted, at, null);

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
