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
        Complete("MdtReview", NoVariables);
        Complete("PlanHandover", Vars(("handoverRequired", true), ("receivingService", "reablement")));
        Apply(new MessageReceived("handover-response", Vars(("handoverAccepted", false))), Now.AddHours(5));
        Complete("PlanHandover", Vars(("handoverRequired", true), ("receivingService", "district nursing")));
        Apply(new MessageReceived("handover-response", Vars(("handoverAccepted", true))), Now.AddHours(6));
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
