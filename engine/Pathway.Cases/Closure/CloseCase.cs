using Mediator;
using Pathway.Cases.Worklist;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Closure;

/// <summary>Completes the close-case task with the outcome; the case keeps its whole journal.</summary>
public sealed record CloseCase(long TaskId, CaseClosure Closure, Actor Actor) : ICommand<CaseOutcome>, ITaskScoped;

public sealed class CloseCaseHandler(FormTask forms) : ICommandHandler<CloseCase, CaseOutcome>
{
    public const string Form = "close-case";
    public const string Closed = Pathway.Engine.Runtime.JournalKinds.CaseOutcome;

    public async ValueTask<CaseOutcome> Handle(CloseCase command, CancellationToken cancellationToken)
    {
        var task = await forms.OpenAsync(command.TaskId, Form, command.Actor, cancellationToken);
        var closure = command.Closure;
        closure.Validate();
        var output = new Dictionary<string, object?>(StringComparer.Ordinal) { ["outcome"] = closure.Outcome, ["outcomeReason"] = closure.Reason };
        return await forms.CompleteAsync(task, output, closure, command.Actor, (context, record, now) =>
        {
            context.CaseClosures.Add(new CaseClosureRecord
            {
                CaseId = task.CaseId, Outcome = closure.Outcome!, Reason = closure.Reason, Locality = record.Locality, ClosedBy = command.Actor.Id, ClosedAt = now,
            });
            CaseJournal.Append(context, record, Closed, command.Actor.Id, now, new Dictionary<string, object?> { ["outcome"] = closure.Outcome, ["reason"] = closure.Reason });
        }, cancellationToken);
    }
}
