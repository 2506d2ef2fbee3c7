using System.Xml.Linq;
using Pathway.Engine.Model;

namespace Pathway.Engine.Bpmn;

/// <summary>Reading one executable element: its event definition, pathway attributes and node record.</summary>
internal sealed partial class ProcessReader
{
    private void ReadNode(XElement element, string id, string? scopeId)
    {
        var tag = element.Name.LocalName;
        if (tag == "subProcess" && BpmnXml.Attribute(element, "triggeredByEvent") == "true")
        {
            Error(BpmnErrors.UnsupportedElement, id, element,
                $"{BpmnXml.Describe(element)} is an event sub-process, which Pathway does not execute; use boundary timer events on the activity instead");
            _graph.Elements.Add(new GraphElement(id, tag, scopeId, BpmnXml.Line(element), null, IsActivity: true));
            return;
        }
        var before = errors.Count;
        var rule = Subset.Elements[tag];
        var isActivity = IsActivityTag(tag);
        if (isActivity)
            CheckActivity(element, id);
        var definition = EventDefinition(element, id, rule);
        var attributes = ReadAttributes(element, id, rule);
        var node = Build(element, id, scopeId, definition, attributes);
        _graph.Elements.Add(new GraphElement(id, tag, scopeId, BpmnXml.Line(element), errors.Count == before ? node : null, isActivity));
        if (tag == "subProcess")
            ReadScope(element, id);
    }

    private Node? Build(XElement element, string id, string? scopeId, XElement? definition, Dictionary<string, string> attributes)
    {
        var name = BpmnXml.Attribute(element, "name");
        var line = BpmnXml.Line(element);
        var kind = definition?.Name.LocalName;
        switch (element.Name.LocalName)
        {
            case "startEvent":
                return new StartEvent(id, name, scopeId, line, kind == "messageEventDefinition" ? MessageName(definition!, id, element) : null);
            case "endEvent":
                return new EndEvent(id, name, scopeId, line, Terminate: kind == "terminateEventDefinition");
            case "userTask":
                return new UserTask(id, name, scopeId, line, ValueExpression.Parse(attributes.GetValueOrDefault("role") ?? ""),
                    attributes.GetValueOrDefault("form"), ParseDuration(attributes.GetValueOrDefault("due")), attributes.GetValueOrDefault("escalationTarget"));
            case "businessRuleTask":
                return new BusinessRuleTask(id, name, scopeId, line, attributes.GetValueOrDefault("ruleSet") ?? "");
            case "serviceTask":
                return new ServiceTask(id, name, scopeId, line, attributes.GetValueOrDefault("service") ?? "");
            case "manualTask":
                return new ManualTask(id, name, scopeId, line);
            case "exclusiveGateway":
                return new ExclusiveGateway(id, name, scopeId, line, BpmnXml.Attribute(element, "default"));
            case "parallelGateway":
                return new ParallelGateway(id, name, scopeId, line);
            case "subProcess":
                return new SubProcess(id, name, scopeId, line);
            case "boundaryEvent" when definition is not null:
                var attachedTo = BpmnXml.Attribute(element, "attachedToRef");
                if (attachedTo is null)
                    Error(BpmnErrors.BadAttachment, id, element, $"{BpmnXml.Describe(element)} is attached to no activity; drop it onto the boundary of a task or sub-process");
                var interrupting = BpmnXml.Attribute(element, "cancelActivity") != "false";
                return TimerDuration(definition, id, element) is { } duration
                    ? new BoundaryTimerEvent(id, name, scopeId, line, attachedTo ?? "", interrupting, duration, attributes.GetValueOrDefault("escalationTarget"))
                    : null;
            case "intermediateCatchEvent" when kind == "timerEventDefinition":
                return TimerDuration(definition!, id, element) is { } wait ? new IntermediateTimerEvent(id, name, scopeId, line, wait) : null;
            case "intermediateCatchEvent" when kind == "messageEventDefinition":
                return MessageName(definition!, id, element) is { } message ? new IntermediateMessageEvent(id, name, scopeId, line, message) : null;
            default:
                return null; // an event whose definition was refused; the error is already recorded
        }
    }

    /// <summary>Loops, multi-instance and compensation change how often or when an activity runs; the engine runs each activity once.</summary>
    private void CheckActivity(XElement element, string id)
    {
        foreach (var loop in element.Elements().Where(e => e.Name.NamespaceName == Subset.BpmnNamespace && e.Name.LocalName.EndsWith("LoopCharacteristics", StringComparison.Ordinal)))
        {
            Error(BpmnErrors.UnsupportedElement, id, loop,
                $"{BpmnXml.Describe(element)} has {loop.Name.LocalName}, which Pathway does not execute; {Subset.FixFor(loop.Name.LocalName)}");
        }
        if (BpmnXml.Attribute(element, "isForCompensation") == "true")
        {
            Error(BpmnErrors.UnsupportedElement, id, element,
                $"{BpmnXml.Describe(element)} is a compensation activity, which Pathway does not execute; model the undo step as ordinary flow");
        }
    }

    /// <summary>The event's one definition (null for a none event), refusing kinds the subset does not allow for this element.</summary>
    private XElement? EventDefinition(XElement element, string id, ElementRule rule)
    {
        if (rule.EventDefinitions is not { } allowed)
            return null;
        var definitions = element.Elements()
            .Where(e => e.Name.NamespaceName == Subset.BpmnNamespace
                && (e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal) || e.Name.LocalName == "eventDefinitionRef"))
            .ToList();
        var tag = element.Name.LocalName;
        if (definitions.Count > 1)
        {
            Error(BpmnErrors.UnsupportedElement, id, element,
                $"{BpmnXml.Describe(element)} has {definitions.Count} event definitions (a multiple event), which Pathway does not execute; keep one: {Readable(allowed)}");
            return null;
        }
        var kind = definitions.Count == 0 ? ExecutableSubset.NoEventDefinition : definitions[0].Name.LocalName;
        if (allowed.Contains(kind))
            return definitions.FirstOrDefault();
        Error(BpmnErrors.UnsupportedElement, id, element,
            $"{BpmnXml.Describe(element)} {(kind == ExecutableSubset.NoEventDefinition ? "has no event definition" : $"has the event definition '{Readable([kind])}'")}, which Pathway does not execute on a {tag}; change it to a {Readable(allowed)} {tag}");
        return null;
    }

    private static string Readable(IEnumerable<string> kinds) =>
        string.Join(" or ", kinds.Select(k => k.Replace("EventDefinition", "", StringComparison.Ordinal)));

    private Dictionary<string, string> ReadAttributes(XElement element, string id, ElementRule rule)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in rule.Attributes ?? [])
        {
            var value = BpmnXml.Attribute(element, XName.Get(attribute.Name, Subset.PathwayNamespace));
            if (value is null)
            {
                if (attribute.Required)
                {
                    Error(BpmnErrors.MissingAttribute, id, element,
                        $"{BpmnXml.Describe(element)} has no pathway:{attribute.Name}; set it in the properties panel ({attribute.Description})");
                }
                continue;
            }
            if (attribute.Value == "duration" && !DurationExpression.TryParse(value, out _, out var reason))
            {
                Error(BpmnErrors.BadDuration, id, element,
                    $"pathway:{attribute.Name} of {BpmnXml.Describe(element)} is not a duration: {reason}; write PT2H, P2D or =variable");
            }
            values[attribute.Name] = value;
        }
        return values;
    }

    private static DurationExpression? ParseDuration(string? text) =>
        text is not null && DurationExpression.TryParse(text, out var duration, out _) ? duration : null;

    private DurationExpression? TimerDuration(XElement definition, string id, XElement element)
    {
        foreach (var unsupported in new[] { "timeDate", "timeCycle" })
        {
            if (definition.Element(XName.Get(unsupported, Subset.BpmnNamespace)) is not null)
            {
                Error(BpmnErrors.BadDuration, id, element, $"{BpmnXml.Describe(element)} uses a {unsupported} timer; {Subset.FixFor(unsupported)}");
                return null;
            }
        }
        var text = BpmnXml.Text(definition.Element(XName.Get("timeDuration", Subset.BpmnNamespace))?.Value);
        if (text is null)
        {
            Error(BpmnErrors.BadDuration, id, element,
                $"timer {BpmnXml.Describe(element)} has no duration; set a time duration such as PT2H, or =variable naming a case variable that holds one");
            return null;
        }
        if (DurationExpression.TryParse(text, out var duration, out var reason))
            return duration;
        Error(BpmnErrors.BadDuration, id, element, $"the duration of timer {BpmnXml.Describe(element)} is not valid: {reason}; write PT2H, P2D or =variable");
        return null;
    }

    private string? MessageName(XElement definition, string id, XElement element)
    {
        if (BpmnXml.Attribute(definition, "messageRef") is not { } reference)
        {
            Error(BpmnErrors.MissingAttribute, id, element,
                $"{BpmnXml.Describe(element)} waits for a message but names none; choose the message it waits for in the properties panel");
            return null;
        }
        if (messages.TryGetValue(reference, out var name))
            return name;
        Error(BpmnErrors.MissingAttribute, id, element,
            $"{BpmnXml.Describe(element)} refers to the message '{reference}', which the file does not define; choose a defined message or add <message id=\"{reference}\" name=\"...\">");
        return null;
    }
}
