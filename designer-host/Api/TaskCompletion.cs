using System.Text.Json;
using Pathway.Cases.Assessments;
using Pathway.Cases.Closure;
using Pathway.Cases.Handovers;
using Pathway.Cases.Huddles;
using Pathway.Cases.Worklist;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Api;

/// <summary>
/// The command that completes a task with its form data. One place, so the API and the pages
/// validate and store each form the same way.
/// </summary>
public static class TaskCompletion
{
    /// <summary>A form with its own command is validated and stored by it; any other form goes to the engine as it is.</summary>
    public static object CommandFor(WorkTaskRecord task, JsonElement output, Actor actor) => task.Form switch
    {
        AssessmentJournalKinds.Form => new RecordAssessment(task.Id, FormJson.Read<TrustedAssessment>(output), actor),
        AssessmentJournalKinds.RevisionForm => new ReviseAssessment(task.Id, FormJson.Read<TrustedAssessment>(output), actor),
        RecordMdtDecisionHandler.Form => new RecordMdtDecision(task.Id, FormJson.Read<MdtDecision>(output), actor),
        HandOverHandler.Form => new HandOver(task.Id, FormJson.Read<HandoverPlan>(output), actor),
        CloseCaseHandler.Form => new CloseCase(task.Id, FormJson.Read<CaseClosure>(output), actor),
        ReviewTasks.Form => throw ReviewTasks.WhyNotWorkDirectly(task)!,
        // An MDT action made as an ad-hoc task before the pathway ran them: no step waits for it.
        RecordMdtDecisionHandler.ActionForm when CompleteAdHocActionHandler.IsAdHoc(task) => new CompleteAdHocAction(task.Id, FormJson.Read<ActionDone>(output).Note, actor),
        _ => new CompleteTask(task.Id, output.EnumerateObject().ToDictionary(p => p.Name, p => CaseStateJson.ToPlain(p.Value), StringComparer.Ordinal), actor),
    };
}

/// <summary>The "MDT action" form: a note on what was done.</summary>
public sealed record ActionDone(string? Note);
