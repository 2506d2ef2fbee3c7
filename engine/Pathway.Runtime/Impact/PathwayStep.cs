using System.Globalization;
using Pathway.Engine.Expressions;
using Pathway.Engine.Model;

namespace Pathway.Runtime.Impact;

/// <summary>
/// What the pathway does with a decision: where a case goes from the rule task that made it,
/// through the gateways that route on its outputs, to the next wait, with that wait's role, due
/// time and timers. Compared before and after, it shows a pathway draft's effect on the MDT
/// selection and the escalation windows, which the pathway decides from the rules' outputs.
/// </summary>
public static class PathwayStep
{
    /// <summary>The rule-set name pathway steps are reported under.</summary>
    public const string RuleSet = "pathway";

    /// <summary>The output a step is carried in.</summary>
    public const string Output = "next";

    private const int MaxSteps = 50;

    /// <summary>The next wait after <paramref name="nodeId"/> in words, or null when the model has no such node.</summary>
    public static string? After(PathwayModel model, string nodeId, IReadOnlyDictionary<string, object?> variables)
    {
        if (!model.Nodes.TryGetValue(nodeId, out var current))
            return null;
        for (var step = 0; step < MaxSteps; step++)
        {
            if (step > 0 && Waits(current))
                return Describe(model, current, variables);
            string? flowId;
            try
            {
                flowId = current is ExclusiveGateway gateway ? Choose(model, gateway, variables) : (current.Outgoing.Count > 0 ? current.Outgoing[0] : null);
            }
            catch (ExpressionException ex)
            {
                return $"a condition at {current.Id} cannot be evaluated ({ex.Reason})";
            }
            if (flowId is null)
                return current is EndEvent ? $"end at {current.Id}" : $"stops at {current.Id}";
            current = model.Node(model.Flow(flowId).TargetId);
        }
        return $"no wait within {MaxSteps} steps of {nodeId}";
    }

    private static bool Waits(Node node) => node is not (ExclusiveGateway or PlainTask or ManualTask or IntermediateThrowEvent or StartEvent);

    /// <summary>As the interpreter chooses: the first flow whose condition holds, else the default, else the first plain flow.</summary>
    private static string? Choose(PathwayModel model, ExclusiveGateway gateway, IReadOnlyDictionary<string, object?> variables)
    {
        var flows = gateway.Outgoing.Select(model.Flow).ToList();
        return flows.FirstOrDefault(f => f.Id != gateway.DefaultFlowId && f.Condition is not null && ConditionEvaluator.Shared.Evaluate(f.Condition, variables))?.Id
            ?? gateway.DefaultFlowId
            ?? flows.FirstOrDefault(f => f.Condition is null)?.Id;
    }

    private static string Describe(PathwayModel model, Node node, IReadOnlyDictionary<string, object?> variables)
    {
        var words = node switch
        {
            UserTask task => $"{task.Id} for {Value(task.Role.Literal, task.Role.Variable, variables)}"
                + (task.Due is null ? "" : $", due {Value(task.Due.Literal?.ToString(), task.Due.Variable, variables)}"),
            EndEvent end => $"end at {end.Id}",
            _ => node.Id,
        };
        var timers = model.BoundaryEventsOf(node.Id).Where(b => b.Trigger.Kind == TriggerKind.Timer)
            .Select(b => $"{b.Id} after {Value(b.Trigger.Duration!.Literal?.ToString(), b.Trigger.Duration.Variable, variables)}");
        return string.Join("; ", timers.Prepend(words));
    }

    private static string Value(string? literal, string? variable, IReadOnlyDictionary<string, object?> variables) =>
        literal ?? (variables.GetValueOrDefault(variable!) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture)! : $"{variable} unset");
}
