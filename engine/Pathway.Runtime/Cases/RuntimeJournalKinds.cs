namespace Pathway.Runtime.Cases;

/// <summary>Journal kinds the runtime writes beside the interpreter's own.</summary>
public static class RuntimeJournalKinds
{
    public const string RulesDecided = Pathway.Engine.Runtime.JournalKinds.RulesDecided;
}
