namespace Pathway.Runtime.Cases;

/// <summary>Journal kinds the runtime writes beside the interpreter's own.</summary>
public static class RuntimeJournalKinds
{
    /// <summary>A rule set decided: which set and version, which rule fired, on which inputs, with which outputs.</summary>
    public const string RulesDecided = "rules.decided";
}
