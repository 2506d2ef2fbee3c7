namespace Pathway.Engine.Runtime;

/// <summary>Stable codes for what can go wrong while a case runs (PW2xxx); the API and case page show them.</summary>
public static class EngineErrors
{
    public const string NoConditionHolds = "PW2001";
    public const string ConditionFailed = "PW2002";
    public const string LoopWithoutWait = "PW2003";
    public const string VariableMissing = "PW2004";
    public const string ActivityFailed = "PW2005";
    public const string BookmarkNotFound = "PW2010";
    public const string MessageNotAwaited = "PW2011";
    public const string CaseNotRunning = "PW2012";
    public const string IncidentNotFound = "PW2013";
    public const string NoStartEvent = "PW2014";
    public const string UnhandledError = "PW2015";
    public const string BadCollection = "PW2016";
}
