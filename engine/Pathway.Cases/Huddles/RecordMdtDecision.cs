using Mediator;
using Pathway.Cases.Worklist;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Huddles;

/// <summary>
/// Records the MDT decision by completing the case's MDT review task. The agreed actions go to the
/// pathway as <c>mdtActions</c>, which its multi-instance "MDT action" task runs over: one task per
/// action, for its owner, due when the MDT said.
/// </summary>
public sealed record RecordMdtDecision(long TaskId, MdtDecision Decision, Actor Actor) : ICommand<CaseOutcome>, ITaskScoped;

public sealed class RecordMdtDecisionHandler(FormTask forms, TimeProvider clock) : ICommandHandler<RecordMdtDecision, CaseOutcome>
{
    public const string Form = "mdt-decision";

    /// <summary>The form of each MDT action's task (a note on what was done).</summary>
    public const string ActionForm = "mdt-action";

    public const string Decided = Pathway.Engine.Runtime.JournalKinds.MdtDecided;

    public async ValueTask<CaseOutcome> Handle(RecordMdtDecision command, CancellationToken cancellationToken)
    {
        var task = await forms.OpenAsync(command.TaskId, Form, command.Actor, cancellationToken);
        var decision = command.Decision;
        decision.Validate(clock.GetUtcNow());
        var output = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["mdtDecision"] = decision.Decision,
            ["mdtRiskAccepted"] = decision.RiskAccepted,
            ["mdtActions"] = (decision.Actions ?? []).Select(a => (object?)a.ForPathway(task.Role)).ToList(),
        };
        return await forms.CompleteAsync(task, output, decision, command.Actor, (context, record, now) =>
        {
            context.MdtDecisions.Add(new MdtDecisionRecord
            {
                CaseId = task.CaseId, DecidedAt = now, RecordedBy = command.Actor.Id, Decision = decision.Decision!,
                RiskAccepted = decision.RiskAccepted, FormJson = CaseStateJson.SerializeData(decision),
            });
            CaseJournal.Append(context, record, Decided, command.Actor.Id, now, new Dictionary<string, object?>
            {
                ["decision"] = decision.Decision, ["disciplinesPresent"] = decision.DisciplinesPresent, ["personInvolvement"] = decision.PersonInvolvement,
                ["carerInvolvement"] = decision.CarerInvolvement, ["riskAccepted"] = decision.RiskAccepted, ["actions"] = decision.Actions?.Count ?? 0,
            });
        }, cancellationToken);
    }
}
