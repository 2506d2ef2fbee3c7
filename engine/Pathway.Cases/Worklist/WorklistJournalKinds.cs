namespace Pathway.Cases.Worklist;

public static class WorklistJournalKinds
{
    public const string Claimed = Pathway.Engine.Runtime.JournalKinds.TaskClaimed;
    public const string Released = Pathway.Engine.Runtime.JournalKinds.TaskReleased;
    public const string Reassigned = Pathway.Engine.Runtime.JournalKinds.TaskReassigned;
    public const string ActionCompleted = Pathway.Engine.Runtime.JournalKinds.ActionCompleted;
}
