using System.Text.Json;
using Pathway.Engine.Bpmn;
using Pathway.Engine.Model;
using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Workflows;

/// <summary>The shipped pathway loads cleanly and a case walks it from referral to close.</summary>
public sealed class AdmissionAvoidanceTests
{
    private static readonly string Xml = File.ReadAllText(Repository.Combine("workflows", "admission-avoidance.bpmn"));
    private readonly Interpreter _interpreter = new();
    private readonly PathwayModel _model = BpmnReader.Read(Xml, "admission-avoidance.bpmn");
    private CaseState _state = new();

    private static Dictionary<string, object?> InCommunity => Vars(
        ("assessorRole", "crisis-response-nurse"), ("responseStandard", "2-hour"), ("responseWindow", "PT2H"),
        ("outsideCommunityCare", false), ("outsideReason", null));

    private static Dictionary<string, object?> Windows => Vars(
        ("assessmentEscalateAfter", "PT4H"), ("mdtReviewWindow", "P1D"), ("handoverAcceptWindow", "PT4H"), ("escalationRole", "coordinator"));

    [Fact]
    public void Validate_ShippedPathway_HasNoErrors()
    {
        Assert.Empty(BpmnReader.Validate(Xml));
        Assert.Equal("admission-avoidance", _model.ProcessId);
    }

    [Fact]
    public void StaffRoles_EveryLiteralRoleInThePathway_IsAStaffRole()
    {
        // given
        var configured = Pathway.Engine.Vocabulary.StaffRoles.Ids;

        // when
        var used = _model.Nodes.Values.OfType<UserTask>().Select(t => t.Role.Literal).OfType<string>();

        // then
        Assert.All(used, role => Assert.Contains(role, configured));
        Assert.Equal(16, configured.Count);
    }

    [Fact]
    public void Case_EscalatedMdtAndDeclinedHandover_WalksToCaseClosed()
    {
        // given a referral triaged to the crisis response nurse
        _state = _interpreter.Start(_model, NoVariables, Now).State;
        Complete("Triage", InCommunity);
        Complete("EscalationWindows", Windows);
        Assert.Equal("crisis-response-nurse", _state.WaitingAt("TrustedAssessment").Role);
        Assert.Equal(Now.AddHours(1 + 2), _state.WaitingAt("TrustedAssessment").DueAt); // offered an hour in, due two hours later

        // when nobody starts in 4 hours, the escalation replaces the assessment, which is arranged again
        Apply(new TimerFired(_state.WaitingAt("AssessmentEscalation").Id), Now.AddHours(4));
        Assert.DoesNotContain(_state.Bookmarks, b => b.NodeId == "TrustedAssessment");
        Assert.Equal("coordinator", _state.WaitingAt("ArrangeEscalatedAssessment").Role);
        Complete("ArrangeEscalatedAssessment", NoVariables);
        Complete("TrustedAssessment", NoVariables);

        // and the MDT reviews the case, then the first receiving service declines and the second accepts
        Complete("MdtSelection", Vars(("mdtNeeded", true), ("mdtReason", "frailty with carer crisis"), ("mdtPriority", 2)));
        Assert.Equal(("mdt", "mdt-decision"), (_state.WaitingAt("MdtReview").Role, _state.WaitingAt("MdtReview").Form));
        Complete("MdtReview", Vars(("mdtActions", new List<object?>())));
        Complete("PlanHandover", Vars(("handoverRequired", true), ("receivingService", "reablement")));
        Apply(new MessageReceived("handover-declined", Vars(("handoverAccepted", false))), Now.AddHours(5));
        Complete("PlanHandover", Vars(("handoverRequired", true), ("receivingService", "district nursing")));
        Apply(new MessageReceived("handover-accepted", Vars(("handoverAccepted", true))), Now.AddHours(6));
        Complete("CloseWithOutcome", Vars(("outcome", "remained at home")));

        // then
        Assert.Equal(CaseStatus.Completed, _state.Status);
        Assert.Empty(_state.Incidents);
        Assert.Empty(_state.Bookmarks);
    }

    [Fact]
    public void Case_OutsideCommunityCare_IsRedirectedAndEnds()
    {
        // given
        _state = _interpreter.Start(_model, NoVariables, Now).State;

        // when
        Complete("Triage", Vars(("assessorRole", null), ("responseStandard", "routine"), ("responseWindow", "P2D"),
            ("outsideCommunityCare", true), ("outsideReason", "NEWS2 of 7: emergency response")));
        var redirect = _state.WaitingAt("RedirectToEmergency");
        Complete("RedirectToEmergency", NoVariables);

        // then
        Assert.Equal(("coordinator", "redirect"), (redirect.Role, redirect.Form));
        Assert.Equal(CaseStatus.Completed, _state.Status);
    }

    [Fact]
    public void Case_NoMdtAndNoHandover_OverdueAlertsRunBesideTheAssessment()
    {
        // given
        _state = _interpreter.Start(_model, NoVariables, Now).State;
        Complete("Triage", InCommunity);
        Complete("EscalationWindows", Windows);

        // when the 2-hour window passes before the assessment is done
        Apply(new TimerFired(_state.WaitingAt("ResponseWindowPassed").Id), Now.AddHours(2));
        Complete("TrustedAssessment", NoVariables);
        Complete("MdtSelection", Vars(("mdtNeeded", false), ("mdtReason", null), ("mdtPriority", 0)));
        Complete("PlanHandover", Vars(("handoverRequired", false)));
        Complete("CloseWithOutcome", NoVariables);

        // then the coordinator's alert is still open, so the case is not over
        Assert.Equal(["AlertAssessmentNotStarted"], _state.WaitingNodes());
        Complete("AlertAssessmentNotStarted", NoVariables);
        Assert.Equal(CaseStatus.Completed, _state.Status);
    }

    [Fact]
    public void MdtActions_OneTaskPerAction_ForItsOwnersRoleDueWhenTheMdtSaid()
    {
        // given a case at the MDT review
        ReachMdtReview();
        var medication = Now.AddDays(2);
        var equipment = new DateTimeOffset(2026, 6, 4, 17, 0, 0, TimeSpan.Zero);

        // when the MDT agrees two actions, one of them for a named person
        Complete("MdtReview", Vars(("mdtActions", new List<object?>
        {
            Vars(("description", "Medication review"), ("ownerRole", "district-nurse"), ("ownerPerson", null), ("dueAt", medication)),
            Vars(("description", "Order a perching stool"), ("ownerRole", "occupational-therapist"), ("ownerPerson", "ot"), ("dueAt", equipment.ToString("O"))),
        })));

        // then each action is a task of its own, beside the handover plan
        var actions = _state.Bookmarks.Where(b => b.NodeId == "MdtActions").OrderBy(b => b.Title, StringComparer.Ordinal).ToList();
        Assert.Equal(["Medication review", "Order a perching stool"], actions.Select(a => a.Title));
        Assert.Equal(["district-nurse", "occupational-therapist"], actions.Select(a => a.Role));
        Assert.Equal([medication, equipment], actions.Select(a => a.DueAt));
        Assert.Equal([null, "ot"], actions.Select(a => a.Assignee));
        Assert.Contains(_state.Bookmarks, b => b.NodeId == "PlanHandover");
    }

    [Fact]
    public void MdtActions_CloseWaitsForEveryAction_AndTheNotesAreGathered()
    {
        // given two MDT actions and a plan with no handover
        ReachMdtReview();
        Complete("MdtReview", Vars(("mdtActions", new List<object?>
        {
            Vars(("description", "Medication review"), ("ownerRole", "district-nurse"), ("dueAt", Now.AddDays(1))),
            Vars(("description", "Carer's assessment"), ("ownerRole", "social-worker"), ("dueAt", Now.AddDays(3))),
        })));
        Complete("PlanHandover", Vars(("handoverRequired", false)));

        // when one action is done, the closure is not yet offered
        var first = _state.Bookmarks.First(b => b.NodeId == "MdtActions");
        Apply(new TaskCompleted(first.Id, Vars(("note", "done"))), Now.AddHours(3));
        Assert.DoesNotContain(_state.Bookmarks, b => b.NodeId == "CloseWithOutcome");

        // then the last one offers it, with every action's note gathered
        Complete("MdtActions", Vars(("note", "booked")));
        Assert.Contains(_state.Bookmarks, b => b.NodeId == "CloseWithOutcome");
        Assert.Equal(2, Assert.IsAssignableFrom<System.Collections.IList>(_state.Variables["mdtActionNotes"]).Count);
    }

    [Fact]
    public void MdtActions_NoneAgreed_TheCaseGoesStraightOn()
    {
        // given
        ReachMdtReview();

        // when
        Complete("MdtReview", Vars(("mdtActions", new List<object?>())));
        Complete("PlanHandover", Vars(("handoverRequired", false)));

        // then
        Assert.Equal(["CloseWithOutcome"], _state.WaitingNodes());
    }

    [Fact]
    public void Handover_AcceptedDeclinedOrWindowPassed_RaceAndTheFirstWins()
    {
        // given a handover requested with a 4-hour acceptance window
        ReachMdtReview();
        Complete("MdtReview", Vars(("mdtActions", new List<object?>())));
        Complete("PlanHandover", Vars(("handoverRequired", true), ("receivingService", "reablement")));
        Assert.Equal(["AcceptanceWindowPassed", "HandoverAccepted", "HandoverDeclined"], _state.WaitingNodes());
        Assert.Equal(Now.AddHours(1 + 4), _state.WaitingAt("AcceptanceWindowPassed").DueAt);

        // when the window passes first, the answers are withdrawn and the coordinator chases
        Apply(new TimerFired(_state.WaitingAt("AcceptanceWindowPassed").Id), Now.AddHours(5));
        Assert.Equal(["EscalateHandover"], _state.WaitingNodes());
        Assert.Equal("coordinator", _state.WaitingAt("EscalateHandover").Role);
        Assert.Throws<EngineException>(() => _interpreter.Apply(_model, _state, new MessageReceived("handover-accepted", Vars(("handoverAccepted", true))), Now.AddHours(6)));

        // then the assessor plans again, and an acceptance this time lets the case close
        Complete("EscalateHandover", Vars(("actionTaken", "Phoned reablement: no answer")));
        Complete("PlanHandover", Vars(("handoverRequired", true), ("receivingService", "voluntary-sector")));
        Apply(new MessageReceived("handover-accepted", Vars(("handoverAccepted", true))), Now.AddHours(7));
        Assert.Equal(["CloseWithOutcome"], _state.WaitingNodes());
    }

    private void ReachMdtReview()
    {
        _state = _interpreter.Start(_model, NoVariables, Now).State;
        Complete("Triage", InCommunity);
        Complete("EscalationWindows", Windows);
        Complete("TrustedAssessment", NoVariables);
        Complete("MdtSelection", Vars(("mdtNeeded", true), ("mdtReason", "complex end-of-life care"), ("mdtPriority", 1)));
    }

    private void Complete(string nodeId, IReadOnlyDictionary<string, object?> output)
    {
        var bookmark = _state.WaitingAt(nodeId);
        Apply(bookmark.Kind == BookmarkKind.Task ? new TaskCompleted(bookmark.Id, output) : new ActivityCompleted(bookmark.Id, output), Now.AddHours(1));
    }

    private void Apply(CaseEvent @event, DateTimeOffset at)
    {
        _state = _interpreter.Apply(_model, _state, @event, at).State;
        Assert.DoesNotContain(_state.Incidents, i => i.ResolvedAt is null);
    }
}
