using Pathway.Cases.Assessments;
using Pathway.Cases.Closure;
using Pathway.Cases.Handovers;
using Pathway.Cases.Huddles;
using Pathway.Cases.Validation;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;
using Pathway.Policy.Support;
using TechTalk.SpecFlow;

namespace Pathway.Policy.Steps;

/// <summary>Who is asked to do what, by when, and people doing it through the worklist.</summary>
[Binding]
public sealed class WorklistSteps(PathwayWorld world, CaseUnderTest theCase, CaseReader reader)
{
    [When(@"the (.+?) completes the ([^:]+) with:")]
    public async Task WhenCompletesWith(string role, string task, Table details) =>
        await CompleteAsync(role, task, DetailTable.Read(details));

    [When(@"the (.+?) completes the ([^:]+)")]
    public async Task WhenCompletes(string role, string task) =>
        await CompleteAsync(role, task, new Dictionary<string, object?>());

    /// <summary>An attempt the scenario expects may be refused; a Then step says whether and why.</summary>
    [When(@"the (.+?) tries to complete the ([^:]+) with:")]
    public async Task WhenTriesToComplete(string role, string task, Table details)
    {
        try
        {
            await CompleteAsync(role, task, DetailTable.Read(details));
        }
        catch (Exception ex) when (ex is FormInvalidException or CommandRejectedException)
        {
            theCase.Refusal = ex;
        }
    }

    [Then(@"the (.+) is offered to the (.+)")]
    public async Task ThenOfferedTo(string task, string role)
    {
        var expected = PolicyWords.Role(role);
        var open = await reader.OpenTasksAsync(PathwayTasks.Task(task));
        Expect.That(open.Exists(t => t.Role == expected),
            $"expected the {task} to be offered to the {role}, but the worklist has: {await reader.WorklistAsync()}");
    }

    [Then(@"the (.+) is due within (.+)")]
    public async Task ThenDueWithin(string task, string duration)
    {
        var expected = PolicyWords.Duration(duration);
        var open = await reader.OpenTaskAsync(PathwayTasks.Task(task), task);
        var actual = open.DueAt - open.CreatedAt;
        Expect.That(actual == expected,
            $"expected the {task} to be due within {PolicyWords.Describe(expected)}, but it is due within {(actual is { } a ? PolicyWords.Describe(a) : "no set time")}");
    }

    [Then(@"no one is offered the (.+)")]
    public async Task ThenNobodyOffered(string task)
    {
        var open = await reader.OpenTasksAsync(PathwayTasks.Task(task));
        Expect.That(open.Count == 0, $"expected no {task} on anyone's worklist, but it is offered to the {string.Join(" and the ", open.Select(t => t.Role))}");
    }

    [Then(@"the (.+) is withdrawn from the worklist")]
    public async Task ThenWithdrawn(string task)
    {
        var node = PathwayTasks.Task(task);
        var tasks = (await reader.TasksAsync()).Where(t => t.NodeId == node).ToList();
        Expect.That(tasks.Count > 0 && tasks.Exists(t => t.Status == WorkTaskStatus.Cancelled),
            $"expected the {task} to be withdrawn, but the worklist has: {await reader.WorklistAsync()}");
    }

    [Then(@"the (.+?) is alerted that (.+)")]
    public async Task ThenAlerted(string role, string alert)
    {
        var expected = PolicyWords.Role(role);
        var open = await reader.OpenTasksAsync(PathwayTasks.Alert(alert));
        Expect.That(open.Exists(t => t.Role == expected),
            $"expected the {role} to be alerted that {alert}, but the worklist has: {await reader.WorklistAsync()}");
    }

    [Then(@"nobody is alerted that (.+)")]
    public async Task ThenNobodyAlerted(string alert)
    {
        var node = PathwayTasks.Alert(alert);
        var raised = (await reader.TasksAsync()).Where(t => t.NodeId == node).ToList();
        if (raised.Count > 0)
            throw new PolicyNotMetException($"expected no alert that {alert}, but the {raised[0].Role.Replace('-', ' ')} was alerted");
    }

    [Then(@"the (.+?) takes the case over")]
    public async Task ThenTakesOver(string role)
    {
        await ThenWithdrawn("trusted assessment");
        await ThenOfferedTo("escalated assessment", role);
    }

    private async Task CompleteAsync(string role, string task, Dictionary<string, object?> output)
    {
        var open = await reader.OpenTaskAsync(PathwayTasks.Task(task), task);
        // "the assessor" is whoever the task is offered to; a named role must be the one offered it.
        if (!role.Equals("assessor", StringComparison.OrdinalIgnoreCase))
            Expect.That(open.Role == PolicyWords.Role(role), $"expected the {task} to be for the {role}, but it is for the {open.Role.Replace('-', ' ')}");
        var actor = theCase.Staff(open.Role);
        // Each form goes to the case-work command the host sends it to; other tasks are plain completions.
        switch (open.Form)
        {
            case AssessmentJournalKinds.Form:
                await world.SendAsync(new RecordAssessment(open.Id, CaseworkForms.Assessment(output, await reader.VariablesAsync()), actor));
                break;
            case RecordMdtDecisionHandler.Form:
                await world.SendAsync(new RecordMdtDecision(open.Id, CaseworkForms.Decision(output, world.Clock.GetUtcNow()), actor));
                break;
            case HandOverHandler.Form:
                await world.SendAsync(new HandOver(open.Id, CaseworkForms.Handover(output), actor));
                break;
            case CloseCaseHandler.Form:
                await world.SendAsync(new CloseCase(open.Id, CaseworkForms.Closure(output), actor));
                break;
            default:
                await world.SendAsync(new CompleteTask(open.Id, output, actor));
                break;
        }
    }
}
