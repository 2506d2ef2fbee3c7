namespace Pathway.Runtime.Commands;

/// <summary>
/// A staff command on one case: before its handler runs, the mediator pipeline checks that the actor
/// is in the case's team. One check for every command, so no endpoint or page has to remember it.
/// </summary>
public interface ICaseScoped
{
    Guid CaseId { get; }
    Actor Actor { get; }
}

/// <summary>A staff command on one task: the actor must be in the team that works the task.</summary>
public interface ITaskScoped
{
    long TaskId { get; }
    Actor Actor { get; }
}
