using Pathway.Engine.Errors;

namespace Pathway.Engine.Runtime;

/// <summary>Stable codes for what can go wrong while a case runs (PW2xxx); the API and case page show them.</summary>
public static class EngineErrors
{
    // Incidents raised on a running case
    [Error("No outgoing condition of a gateway holds")] public const string NoConditionHolds = "PW2001";
    [Error("A flow condition could not be evaluated")] public const string ConditionFailed = "PW2002";
    [Error("The pathway looped without reaching a wait state")] public const string LoopWithoutWait = "PW2003";
    [Error("A case variable the pathway needs is not set")] public const string VariableMissing = "PW2004";
    [Error("An activity failed")] public const string ActivityFailed = "PW2005";

    // Events the case cannot take in its current state (answered 409)
    [Error("The case is not waiting on this", Status = 409)] public const string BookmarkNotFound = "PW2010";
    [Error("The case is not waiting for this message", Status = 409)] public const string MessageNotAwaited = "PW2011";
    [Error("The case is not running", Status = 409)] public const string CaseNotRunning = "PW2012";
    [Error("There is no such open incident", Status = 409)] public const string IncidentNotFound = "PW2013";
    [Error("The pathway has no start event for this", Status = 409)] public const string NoStartEvent = "PW2014";

    // More incidents raised on a running case
    [Error("An error was thrown and nothing catches it")] public const string UnhandledError = "PW2015";
    [Error("A multi-instance collection is not a list")] public const string BadCollection = "PW2016";

    // Call activities: the called case the runtime starts and awaits
    [Error("The called pathway has no published version for the case's locality")] public const string CalledPathwayNotPublished = "PW2018";
    [Error("Call activities called each other too deeply in one step")] public const string CallsNestedTooDeep = "PW2019";
    [Error("The called case was withdrawn before it ended")] public const string CalledCaseWithdrawn = "PW2022";

    // Activities dispatched by the runtime
    [Error("No service is registered for a service task")] public const string UnknownService = "PW2020";
    [Error("A service or script task threw")] public const string ActivityThrew = "PW2021";
}
