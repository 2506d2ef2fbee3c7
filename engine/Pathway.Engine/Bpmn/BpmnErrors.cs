using Pathway.Engine.Errors;

namespace Pathway.Engine.Bpmn;

/// <summary>Stable codes for a pathway that cannot be loaded (PW1xxx); logs, the API and the designer show them.</summary>
public static class BpmnErrors
{
    [Error("The pathway is not well-formed XML", Status = 400)] public const string MalformedXml = "PW1000";
    [Error("The pathway uses an element the engine does not run", Status = 400)] public const string UnsupportedElement = "PW1001";
    [Error("A sequence flow points at an element that does not exist", Status = 400)] public const string DanglingFlow = "PW1002";
    [Error("A gateway has no way out", Status = 400)] public const string GatewayWithoutWayOut = "PW1003";
    [Error("An element cannot be reached from a start event", Status = 400)] public const string Unreachable = "PW1004";
    [Error("A duration is not a valid ISO 8601 duration", Status = 400)] public const string BadDuration = "PW1005";
    [Error("The file has no single executable process", Status = 400)] public const string ProcessNotFound = "PW1006";
    [Error("A required attribute is missing", Status = 400)] public const string MissingAttribute = "PW1007";
    [Error("A flow condition does not compile", Status = 400)] public const string BadCondition = "PW1008";
    [Error("A sub-process does not have one none start event", Status = 400)] public const string SubProcessStart = "PW1009";
    [Error("The process has no start event", Status = 400)] public const string NoStartEvent = "PW1010";
    [Error("A default flow is not an outgoing flow of its element", Status = 400)] public const string BadDefaultFlow = "PW1011";
    [Error("A boundary event is not attached to an activity", Status = 400)] public const string BadAttachment = "PW1012";
    [Error("A sequence flow starts or ends where BPMN does not allow", Status = 400)] public const string MisplacedFlow = "PW1013";
    [Error("The file is not a BPMN 2.0 definitions document", Status = 400)] public const string NotBpmn = "PW1014";
    [Error("Two elements share an id", Status = 400)] public const string DuplicateId = "PW1015";
    [Error("An element has no id", Status = 400)] public const string MissingId = "PW1016";
    [Error("A multi-instance activity has no items to run over", Status = 400)] public const string MultiInstanceWithoutItems = "PW1017";
    [Error("A call activity names a pathway that is not known", Status = 400)] public const string UnknownCalledPathway = "PW1018";
    [Error("An event-based gateway does not race two or more events", Status = 400)] public const string BadEventGatewayTarget = "PW1019";
    [Error("Inclusive gateways on one loop would wait for each other", Status = 400)] public const string InclusiveJoinDeadlock = "PW1020";
    [Error("A link event has no single matching target", Status = 400)] public const string LinkWithoutTarget = "PW1021";
    [Error("An event sub-process is not shaped as BPMN requires", Status = 400)] public const string BadEventSubProcess = "PW1022";

    // Messages: what starts a case, and what a message is correlated on (PW1040-1049)
    [Error("A correlation key does not name a case variable, or sits where no message is sent or received", Status = 400)] public const string BadCorrelationKey = "PW1040";
    [Error("Two start events of the process start on the same message", Status = 400)] public const string DuplicateMessageStart = "PW1041";
}
