using Pathway.DesignerHost.Api;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Storage;

namespace Pathway.Host.Tests;

/// <summary>The case diagram shows the flows a case took, from the journal as written now and as written before one line per step.</summary>
public sealed class CaseDiagramStateTests
{
    [Fact]
    public void FlowsTaken_AreReadFromTheNodesEntered_AndFromFlowLinesOfEarlierCases()
    {
        // given a journal with a step written as one line, and a flow written on a line of its own
        var journal = new[]
        {
            Line(JournalKinds.NodeEntered, "start", new() { ["kind"] = "startEvent", ["token"] = "t1" }),
            Line(JournalKinds.NodeEntered, "triage", new() { ["kind"] = "businessRuleTask", ["token"] = "t1", ["flow"] = "toTriage" }),
            Line(JournalKinds.FlowTaken, "triage", new() { ["flow"] = "toAssess", ["to"] = "assess" }),
            Line(JournalKinds.NodeEntered, "assess", new() { ["kind"] = "userTask", ["token"] = "t1" }),
        };
        var waiting = new CaseState();
        waiting.Tokens.Add(new Token("t1", "assess", null, TokenStatus.Waiting, "toAssess"));

        // when the diagram's state is read
        var diagram = CaseDiagramState.From(waiting, journal);

        // then both flows are marked taken, the nodes passed are completed and the task is active
        Assert.Equal(["toAssess", "toTriage"], diagram.TakenFlowIds.Order(StringComparer.Ordinal));
        Assert.Equal(["start", "triage"], diagram.CompletedNodeIds.Order(StringComparer.Ordinal));
        Assert.Equal(["assess"], diagram.ActiveNodeIds);
    }

    private static JournalRecord Line(string kind, string nodeId, Dictionary<string, object?> data) =>
        new() { Kind = kind, NodeId = nodeId, DataJson = CaseStateJson.SerializeData(data) };
}
