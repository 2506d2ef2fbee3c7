using Pathway.Engine.Bpmn;
using Pathway.Engine.Migration;
using Pathway.Engine.Model;
using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Migration;

/// <summary>A case waiting at a task with a reminder (PT1H) and an escalation (PT2H), moved an hour later to another version.</summary>
public sealed class CaseMigrationTests
{
    private static readonly string Source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Runtime/Interpreter.boundaryTimers.bpmn"));
    private readonly Interpreter _interpreter = new();
    private readonly PathwayModel _from = BpmnReader.Read(Source);

    private CaseState Waiting() => _interpreter.Start(_from, NoVariables, Now).State;

    private static PathwayModel Target(Func<string, string> change) => BpmnReader.Read(change(Source));

    [Fact]
    public void Plan_ChangedTimer_IsRescheduledFromWhenItStarted_AndTheOthersKeepTheirWaits()
    {
        var state = Waiting();
        var to = Target(x => x.Replace("<bpmn:timeDuration>PT2H</bpmn:timeDuration>", "<bpmn:timeDuration>PT3H</bpmn:timeDuration>", StringComparison.Ordinal));

        var plan = CaseMigration.Plan(_from, to, state, Now.AddHours(1));

        var migrated = plan.Migrated!.State;
        Assert.Equal(Now.AddHours(3), migrated.WaitingAt("escalate").DueAt);
        Assert.NotEqual(state.WaitingAt("escalate").Id, migrated.WaitingAt("escalate").Id);
        Assert.Equal(state.WaitingAt("reminder"), migrated.WaitingAt("reminder"));
        Assert.Equal(state.WaitingAt("assess"), migrated.WaitingAt("assess"));
        Assert.Equal(state.Tokens, migrated.Tokens);
    }

    [Fact]
    public void Plan_BoundaryEventDroppedAndOneAdded_CancelsTheOldWaitAndArmsTheNewOne()
    {
        var state = Waiting();
        var to = Target(x => x
            .Replace("<bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>",
                "<bpmn:messageEventDefinition messageRef=\"withdrawn\" />", StringComparison.Ordinal)
            .Replace("id=\"reminder\"", "id=\"withdrawnMessage\"", StringComparison.Ordinal)
            .Replace("sourceRef=\"reminder\"", "sourceRef=\"withdrawnMessage\"", StringComparison.Ordinal)
            .Replace("<bpmn:process", "<bpmn:message id=\"withdrawn\" name=\"referral-withdrawn\" /><bpmn:process", StringComparison.Ordinal));

        var plan = CaseMigration.Plan(_from, to, state, Now.AddHours(1));

        Assert.True(plan.CanMigrate);
        Assert.Equal(["assess", "escalate", "withdrawnMessage"], plan.Migrated!.State.WaitingNodes());
        Assert.Equal("referral-withdrawn", plan.Migrated.State.WaitingAt("withdrawnMessage").Key);
        Assert.Contains(plan.Migrated.Effects, e => e is BookmarkRemoved { Cancelled: true } r && r.Bookmark.NodeId == "reminder");
    }

    [Fact]
    public void Plan_WaitStateChangedKind_CannotMoveAndSaysWhy()
    {
        var to = Target(x => x.Replace("<bpmn:userTask id=\"assess\" pathway:role=\"crisis-response-nurse\" />", "<bpmn:manualTask id=\"assess\" />", StringComparison.Ordinal));

        var plan = CaseMigration.Plan(_from, to, Waiting(), Now.AddHours(1));

        Assert.Null(plan.Migrated);
        Assert.Equal("its wait state assess is a userTask here but a manualTask in the target version", Assert.Single(plan.Blockers).Reason);
    }

    [Fact]
    public void Plan_WaitStateRemoved_SaysSoOnce_NotAgainForItsBoundaryEvents()
    {
        var to = Target(x => x.Replace("\"assess\"", "\"assessment\"", StringComparison.Ordinal));

        var plan = CaseMigration.Plan(_from, to, Waiting(), Now.AddHours(1));

        Assert.Equal("its wait state assess was removed", Assert.Single(plan.Blockers).Reason);
    }

    [Fact]
    public void MigratedCase_ContinuesOnTheTargetsPath()
    {
        var to = Target(x => x.Replace("<bpmn:sequenceFlow id=\"f2\" sourceRef=\"assess\" targetRef=\"done\" />",
            "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"assess\" targetRef=\"review\" /><bpmn:userTask id=\"review\" pathway:role=\"coordinator\" /><bpmn:sequenceFlow id=\"f7\" sourceRef=\"review\" targetRef=\"done\" />", StringComparison.Ordinal));
        var migrated = CaseMigration.Plan(_from, to, Waiting(), Now.AddHours(1)).Migrated!.State;

        var done = _interpreter.Apply(to, migrated, new TaskCompleted(migrated.WaitingAt("assess").Id, NoVariables), Now.AddHours(1));

        Assert.Equal(["review"], done.State.WaitingNodes());
    }
}
