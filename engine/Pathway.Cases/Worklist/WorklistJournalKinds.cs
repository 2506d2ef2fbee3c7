namespace Pathway.Cases.Worklist;

public static class WorklistJournalKinds
{
    public const string Claimed = "task.claimed";
    public const string Released = "task.released";
    public const string Reassigned = "task.reassigned";
    public const string ActionCompleted = "action.completed";
}
