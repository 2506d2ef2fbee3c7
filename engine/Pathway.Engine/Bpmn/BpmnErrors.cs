namespace Pathway.Engine.Bpmn;

/// <summary>Stable codes for a pathway that cannot be loaded (PW1xxx); logs, the API and the designer show them.</summary>
public static class BpmnErrors
{
    public const string MalformedXml = "PW1000";
    public const string UnsupportedElement = "PW1001";
    public const string DanglingFlow = "PW1002";
    public const string GatewayWithoutWayOut = "PW1003";
    public const string Unreachable = "PW1004";
    public const string BadDuration = "PW1005";
    public const string ProcessNotFound = "PW1006";
    public const string MissingAttribute = "PW1007";
    public const string BadCondition = "PW1008";
    public const string SubProcessStart = "PW1009";
    public const string NoStartEvent = "PW1010";
    public const string BadDefaultFlow = "PW1011";
    public const string BadAttachment = "PW1012";
    public const string MisplacedFlow = "PW1013";
    public const string NotBpmn = "PW1014";
    public const string DuplicateId = "PW1015";
    public const string MissingId = "PW1016";
    public const string MultiInstanceWithoutItems = "PW1017";
    public const string UnknownCalledPathway = "PW1018";
    public const string BadEventGatewayTarget = "PW1019";
    public const string InclusiveJoinDeadlock = "PW1020";
    public const string LinkWithoutTarget = "PW1021";
    public const string BadEventSubProcess = "PW1022";
}
