using Mediator;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Worklist;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Handovers;

/// <summary>Completes "Plan handover": a handover, if required, is requested of the receiving service.</summary>
public sealed record HandOver(long TaskId, HandoverPlan Plan, Actor Actor) : ICommand<CaseOutcome>, ITaskScoped;

public sealed class HandOverHandler(FormTask forms) : ICommandHandler<HandOver, CaseOutcome>
{
    public const string Form = "handover";
    public const string Requested = Pathway.Engine.Runtime.JournalKinds.HandoverRequested;

    public async ValueTask<CaseOutcome> Handle(HandOver command, CancellationToken cancellationToken)
    {
        var task = await forms.OpenAsync(command.TaskId, Form, command.Actor, cancellationToken);
        var plan = command.Plan;
        plan.Validate();
        var required = plan.HandoverRequired == true;
        var output = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["handoverRequired"] = required,
            ["receivingService"] = required ? plan.ReceivingService : null,
        };
        List<HandoverRecord> unanswered = [];
        return await forms.CompleteAsync(task, output, plan, command.Actor, (context, record, now) =>
        {
            // Planning again means an earlier request went unanswered past its window: it lapses.
            unanswered.ForEach(h => h.Status = HandoverStatus.Lapsed);
            if (!required)
                return;
            context.Handovers.Add(new HandoverRecord
            {
                CaseId = task.CaseId, ReceivingService = plan.ReceivingService!, Summary = plan.Summary!.Trim(),
                Status = HandoverStatus.Requested, RequestedBy = command.Actor.Id, RequestedAt = now,
            });
            CaseJournal.Append(context, record, Requested, command.Actor.Id, now,
                new Dictionary<string, object?> { ["receivingService"] = plan.ReceivingService });
        }, cancellationToken, async (context, _, ct) =>
            unanswered = await context.Handovers.Where(h => h.CaseId == task.CaseId && h.Status == HandoverStatus.Requested).ToListAsync(ct));
    }
}
