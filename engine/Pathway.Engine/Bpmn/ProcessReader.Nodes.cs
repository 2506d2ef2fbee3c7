using System.Xml.Linq;
using Pathway.Engine.Expressions;
using Pathway.Engine.Model;
using Pathway.Engine.Runtime;

namespace Pathway.Engine.Bpmn;

/// <summary>Reading one executable element: its event definition, pathway attributes and node record.</summary>
internal sealed partial class ProcessReader
{
    /// <summary>Where Camunda 7 and Flowable write a loop's collection and item name; read when pathway: has none.</summary>
    private static readonly string[] VendorLoopNamespaces = ["http://camunda.org/schema/1.0/bpmn", "http://flowable.org/bpmn"];

    private void ReadNode(XElement element, string id, string? scopeId)
    {
        var tag = element.Name.LocalName;
        var before = errors.Count;
        var rule = Subset.Elements[tag];
        var isActivity = IsActivityTag(tag);
        var loop = isActivity ? ReadActivity(element, id) : null;
        var definition = EventDefinition(element, id, rule);
        var attributes = ReadAttributes(element, id, rule);
        var node = Build(element, id, scopeId, definition, attributes);
        if (node is not null && loop is not null)
            node = node with { Loop = loop };
        if (node is not null && attributes.TryGetValue("correlationKey", out var correlation))
            node = Correlated(node, element, correlation);
        _graph.Elements.Add(new GraphElement(id, tag, scopeId, BpmnXml.Line(element), errors.Count == before ? node : null, isActivity));
        if (tag == "subProcess")
            ReadScope(element, id);
    }

    private Node? Build(XElement element, string id, string? scopeId, XElement? definition, Dictionary<string, string> attributes)
    {
        var name = BpmnXml.Attribute(element, "name");
        var line = BpmnXml.Line(element);
        switch (element.Name.LocalName)
        {
            case "startEvent":
                return ReadTrigger(definition, id, element) is { } start
                    ? new StartEvent(id, name, scopeId, line, start, Interrupting: BpmnXml.Attribute(element, "isInterrupting") != "false")
                    : null;
            case "endEvent":
                return ReadTrigger(definition, id, element) is { } end ? new EndEvent(id, name, scopeId, line, end) : null;
            case "userTask":
                if ((attributes.GetValueOrDefault("role") ?? _laneRoles.GetValueOrDefault(id)) is not { } role)
                {
                    Error(BpmnErrors.MissingAttribute, id, element,
                        $"{BpmnXml.Describe(element)} has no pathway:role and is in no lane; set the role that does this work in the properties panel, or put it in a lane named for that role");
                    return null;
                }
                return new UserTask(id, name, scopeId, line, ValueExpression.Parse(role),
                    attributes.GetValueOrDefault("form"), ParseDuration(attributes.GetValueOrDefault("due")), attributes.GetValueOrDefault("escalationTarget"))
                {
                    Title = attributes.GetValueOrDefault("title") is { } title ? ValueExpression.Parse(title) : null,
                    Assignee = attributes.GetValueOrDefault("assignee") is { } assignee ? ValueExpression.Parse(assignee) : null,
                };
            case "businessRuleTask":
                return new BusinessRuleTask(id, name, scopeId, line, attributes.GetValueOrDefault("ruleSet") ?? "");
            case "serviceTask":
                return new ServiceTask(id, name, scopeId, line, attributes.GetValueOrDefault("service") ?? "");
            case "manualTask":
                return new ManualTask(id, name, scopeId, line);
            case "task":
                return new PlainTask(id, name, scopeId, line);
            case "receiveTask":
                return Reference(element, "messageRef", definitions.Messages, id, "message", required: true) is { } received
                    ? new ReceiveTask(id, name, scopeId, line, received) : null;
            case "sendTask":
                return Reference(element, "messageRef", definitions.Messages, id, "message", required: true) is { } sent
                    ? new SendTask(id, name, scopeId, line, sent) : null;
            case "callActivity":
                return ReadCall(element, id, scopeId, attributes);
            case "exclusiveGateway":
                return new ExclusiveGateway(id, name, scopeId, line, BpmnXml.Attribute(element, "default"));
            case "inclusiveGateway":
                return new InclusiveGateway(id, name, scopeId, line, BpmnXml.Attribute(element, "default"));
            case "parallelGateway":
                return new ParallelGateway(id, name, scopeId, line);
            case "eventBasedGateway":
                return new EventBasedGateway(id, name, scopeId, line);
            case "subProcess":
                return new SubProcess(id, name, scopeId, line, TriggeredByEvent: BpmnXml.Attribute(element, "triggeredByEvent") == "true");
            case "boundaryEvent" when definition is not null:
                var attachedTo = BpmnXml.Attribute(element, "attachedToRef");
                if (attachedTo is null)
                    Error(BpmnErrors.BadAttachment, id, element, $"{BpmnXml.Describe(element)} is attached to no activity; drop it onto the boundary of a task or sub-process");
                var interrupting = BpmnXml.Attribute(element, "cancelActivity") != "false";
                if (ReadTrigger(definition, id, element) is not { } caught)
                    return null;
                if (caught.Kind == TriggerKind.Error && !interrupting)
                {
                    Error(BpmnErrors.BadAttachment, id, element,
                        $"error boundary event {BpmnXml.Describe(element)} is non-interrupting, which BPMN does not allow (an error always ends the activity); make it interrupting, or use an escalation");
                    return null;
                }
                return new BoundaryEvent(id, name, scopeId, line, attachedTo ?? "", interrupting, caught, attributes.GetValueOrDefault("escalationTarget"));
            case "intermediateCatchEvent" when definition is not null:
                return ReadTrigger(definition, id, element) is { } awaited ? new IntermediateCatchEvent(id, name, scopeId, line, awaited) : null;
            case "intermediateThrowEvent":
                return ReadTrigger(definition, id, element) is { } thrown ? new IntermediateThrowEvent(id, name, scopeId, line, thrown) : null;
            default:
                return null; // an event whose definition was refused; the error is already recorded
        }
    }

    /// <summary>What an event definition waits for or throws; null (with an error) when it is incomplete.</summary>
    private Trigger? ReadTrigger(XElement? definition, string id, XElement element)
    {
        var catching = element.Name.LocalName is "startEvent" or "boundaryEvent" or "intermediateCatchEvent";
        switch (definition?.Name.LocalName)
        {
            case null:
                return Trigger.None;
            case "terminateEventDefinition":
                return new Trigger(TriggerKind.Terminate);
            case "timerEventDefinition":
                return TimerDuration(definition, id, element) is { } duration ? new Trigger(TriggerKind.Timer, Duration: duration) : null;
            case "messageEventDefinition":
                return Reference(definition, "messageRef", definitions.Messages, id, "message", required: true) is { } message ? new Trigger(TriggerKind.Message, message) : null;
            case "signalEventDefinition":
                return Reference(definition, "signalRef", definitions.Signals, id, "signal", required: true) is { } signal ? new Trigger(TriggerKind.Signal, signal) : null;
            case "errorEventDefinition":
                return CodeTrigger(TriggerKind.Error, definition, "errorRef", definitions.Errors, id, catching);
            case "escalationEventDefinition":
                return CodeTrigger(TriggerKind.Escalation, definition, "escalationRef", definitions.Escalations, id, catching);
            case "linkEventDefinition":
                if (BpmnXml.Attribute(definition, "name") is { } link)
                    return new Trigger(TriggerKind.Link, link);
                Error(BpmnErrors.MissingAttribute, id, element,
                    $"link event {BpmnXml.Describe(element)} has no link name; give the throwing and the catching link events the same name");
                return null;
            default:
                return null;
        }
    }

    /// <summary>An error or escalation: a thrower must name one; a catcher with none catches every code.</summary>
    private Trigger? CodeTrigger(TriggerKind kind, XElement definition, string attribute, IReadOnlyDictionary<string, string> known, string id, bool catching)
    {
        var what = kind == TriggerKind.Error ? "error" : "escalation";
        if (BpmnXml.Attribute(definition, attribute) is null && catching)
            return new Trigger(kind);
        return Reference(definition, attribute, known, id, what, required: true) is { } code ? new Trigger(kind, code) : null;
    }

    /// <summary>The name or code behind a reference to a root element (message, signal, error, escalation); null with an error when missing or undefined.</summary>
    private string? Reference(XElement holder, string attribute, IReadOnlyDictionary<string, string> known, string id, string what, bool required)
    {
        var element = holder.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal) ? holder.Parent! : holder;
        if (BpmnXml.Attribute(holder, attribute) is not { } reference)
        {
            if (required)
            {
                Error(BpmnErrors.MissingAttribute, id, element,
                    $"{BpmnXml.Describe(element)} names no {what}; choose the {what} in the properties panel");
            }
            return null;
        }
        if (known.TryGetValue(reference, out var name))
            return name;
        Error(BpmnErrors.MissingAttribute, id, element,
            $"{BpmnXml.Describe(element)} refers to the {what} '{reference}', which the file does not define; choose a defined {what} or add <{what} id=\"{reference}\" ...> to the file");
        return null;
    }

    private CallActivity? ReadCall(XElement element, string id, string? scopeId, Dictionary<string, string> attributes)
    {
        if ((attributes.GetValueOrDefault("calledPathway") ?? BpmnXml.Attribute(element, "calledElement")) is not { } key)
        {
            Error(BpmnErrors.MissingAttribute, id, element,
                $"call activity {BpmnXml.Describe(element)} names no pathway to run; choose the called pathway in the properties panel");
            return null;
        }
        int? version = null;
        if (attributes.GetValueOrDefault("version") is { } pinned)
        {
            if (!int.TryParse(pinned, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                Error(BpmnErrors.MissingAttribute, id, element,
                    $"pathway:version of call activity {BpmnXml.Describe(element)} is '{pinned}', not a version number; write a published version such as 3, or leave it empty for the latest");
                return null;
            }
            version = number;
        }
        var inputs = Mappings(attributes.GetValueOrDefault("inputs"), id, element);
        var outputs = Mappings(attributes.GetValueOrDefault("outputs"), id, element);
        return inputs is null || outputs is null ? null
            : new CallActivity(id, BpmnXml.Attribute(element, "name"), scopeId, BpmnXml.Line(element), key, version, inputs, outputs);
    }

    /// <summary>"target=source, ..." (a bare name copies a variable under its own name).</summary>
    private List<VariableMapping>? Mappings(string? text, string id, XElement element)
    {
        var mappings = new List<VariableMapping>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var sides = part.Split('=', StringSplitOptions.TrimEntries);
            if (sides.Length > 2 || sides.Any(s => s.Length == 0))
            {
                Error(BpmnErrors.MissingAttribute, id, element,
                    $"the variable mapping '{part}' of {BpmnXml.Describe(element)} is not name=name; write, for example, wishes=endOfLifeWishes");
                return null;
            }
            mappings.Add(new VariableMapping(sides[^1], sides[0]));
        }
        return mappings;
    }

    /// <summary>
    /// Reads what changes how an activity runs: a multi-instance loop (returned), and refuses
    /// standard loops and compensation, which Pathway does not execute.
    /// </summary>
    private MultiInstance? ReadActivity(XElement element, string id)
    {
        MultiInstance? multi = null;
        foreach (var loop in element.Elements().Where(e => e.Name.NamespaceName == Subset.BpmnNamespace && e.Name.LocalName.EndsWith("LoopCharacteristics", StringComparison.Ordinal)))
        {
            if (loop.Name.LocalName == "multiInstanceLoopCharacteristics")
            {
                multi = ReadMultiInstance(element, loop, id);
                continue;
            }
            Error(BpmnErrors.UnsupportedElement, id, loop,
                $"{BpmnXml.Describe(element)} has {loop.Name.LocalName}, which Pathway does not execute; {Subset.FixFor(loop.Name.LocalName)}");
        }
        if (BpmnXml.Attribute(element, "isForCompensation") == "true")
        {
            Error(BpmnErrors.UnsupportedElement, id, element,
                $"{BpmnXml.Describe(element)} is a compensation activity, which Pathway does not execute; model the undo step as ordinary flow");
        }
        return multi;
    }

    private MultiInstance? ReadMultiInstance(XElement element, XElement loop, string id)
    {
        string? Read(string name) =>
            BpmnXml.Attribute(loop, XName.Get(name, Subset.PathwayNamespace))
            ?? VendorLoopNamespaces.Select(ns => BpmnXml.Attribute(loop, XName.Get(name, ns))).FirstOrDefault(v => v is not null);
        var collection = Read("collection") is { } named ? ValueExpression.Parse(named).Variable ?? named : null;
        int? cardinality = null;
        if (BpmnXml.Text(loop.Element(XName.Get("loopCardinality", Subset.BpmnNamespace))?.Value) is { } count)
        {
            if (!int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                Error(BpmnErrors.MultiInstanceWithoutItems, id, loop,
                    $"the loop cardinality '{count}' of {BpmnXml.Describe(element)} is not a whole number; write how many times it runs, or name a collection instead");
                return null;
            }
            cardinality = number;
        }
        if (collection is null && cardinality is null)
        {
            Error(BpmnErrors.MultiInstanceWithoutItems, id, loop,
                $"multi-instance {BpmnXml.Describe(element)} names no collection to run over; set pathway:collection to the case variable holding the list (the disciplines asked to review, say)");
            return null;
        }
        var completion = BpmnXml.Text(loop.Element(XName.Get("completionCondition", Subset.BpmnNamespace))?.Value);
        if (completion is not null && ConditionEvaluator.CheckSyntax(completion) is { } reason)
        {
            Error(BpmnErrors.BadCondition, id, loop,
                $"the completion condition '{completion}' of {BpmnXml.Describe(element)} does not parse ({reason}); write a boolean expression such as nrOfCompletedInstances >= 2");
            return null;
        }
        return new MultiInstance(
            Sequential: BpmnXml.Attribute(loop, "isSequential") == "true",
            collection, cardinality, Read("elementVariable"), completion, Read("outputCollection"), Read("outputElement"));
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
        var fix = Subset.Refused.TryGetValue(kind, out var known) ? known : $"change it to a {Readable(allowed)} {tag}";
        Error(BpmnErrors.UnsupportedElement, id, element,
            $"{BpmnXml.Describe(element)} {(kind == ExecutableSubset.NoEventDefinition ? "has no event definition" : $"has the event definition '{Readable([kind])}'")}, which Pathway does not execute on a {tag}; {fix}");
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

    /// <summary>
    /// The node with the variable its message correlates on: only an element that sends or
    /// receives a message has one, and a message start names a plain variable, which it sets.
    /// </summary>
    private Node? Correlated(Node node, XElement element, string text)
    {
        var path = ValueExpression.Parse(text) is { Variable: { } variable } ? variable : text.Trim();
        var message = node switch
        {
            ReceiveTask or SendTask => true,
            StartEvent s => s.Trigger.Kind == TriggerKind.Message,
            EndEvent e => e.Trigger.Kind == TriggerKind.Message,
            IntermediateCatchEvent c => c.Trigger.Kind == TriggerKind.Message,
            IntermediateThrowEvent t => t.Trigger.Kind == TriggerKind.Message,
            BoundaryEvent b => b.Trigger.Kind == TriggerKind.Message,
            _ => false,
        };
        string? problem = null;
        if (!message)
            problem = $"pathway:correlationKey is set on {BpmnXml.Describe(element)}, which sends or receives no message; remove it, or give the event a message";
        else if (MessageCorrelation.CheckPath(path) is { } reason)
            problem = $"pathway:correlationKey '{text}' of {BpmnXml.Describe(element)} does not name a case variable ({reason}); write a variable such as nhsNumber, or a field in one such as referral.nhsNumber";
        else if (node is StartEvent { ScopeId: null } && path.Contains('.', StringComparison.Ordinal))
            problem = $"pathway:correlationKey '{text}' of message start {BpmnXml.Describe(element)} is a field path; a message start keeps the message's key in a variable of the new case, so write a plain name such as nhsNumber";
        if (problem is null)
            return node with { CorrelationKey = path };
        Error(BpmnErrors.BadCorrelationKey, node.Id, element, problem);
        return null;
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
}
