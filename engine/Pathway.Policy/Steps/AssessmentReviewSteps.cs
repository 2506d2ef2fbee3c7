using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Assessments;
using Pathway.Cases.Validation;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;
using Pathway.Policy.Support;
using TechTalk.SpecFlow;

namespace Pathway.Policy.Steps;

/// <summary>Another discipline accepting or challenging the trusted assessment, and the assessor revising it.</summary>
[Binding]
public sealed class AssessmentReviewSteps(PathwayWorld world, CaseUnderTest theCase, CaseReader reader)
{
    [When(@"the (.+?) accepts the trusted assessment")]
    public async Task WhenAccepts(string role) =>
        await world.SendAsync(new AcceptAssessment(theCase.Id, theCase.Staff(PolicyWords.Role(role))));

    [When(@"the (.+?) challenges the trusted assessment because (.+)")]
    public async Task WhenChallenges(string role, string reason) =>
        await world.SendAsync(new ChallengeAssessment(theCase.Id, reason, theCase.Staff(PolicyWords.Role(role))));

    [When(@"the (.+?) tries to (accept|challenge) the trusted assessment(?: without a reason)?")]
    public async Task WhenTries(string role, string action)
    {
        var actor = theCase.Staff(PolicyWords.Role(role));
        try
        {
            if (action == "accept")
                await world.SendAsync(new AcceptAssessment(theCase.Id, actor));
            else
                await world.SendAsync(new ChallengeAssessment(theCase.Id, null, actor));
        }
        catch (Exception ex) when (ex is FormInvalidException or CommandRejectedException)
        {
            theCase.Refusal = ex;
        }
    }

    [When(@"the (.+?) revises the trusted assessment with:")]
    public async Task WhenRevises(string role, Table details)
    {
        var expected = PolicyWords.Role(role);
        var revision = (await reader.TasksAsync()).LastOrDefault(t => t.Form == AssessmentJournalKinds.RevisionForm && t.Status is WorkTaskStatus.Ready or WorkTaskStatus.InProgress)
            ?? throw new PolicyNotMetException($"expected the {role} to be asked to revise the assessment, but the worklist has: {await reader.WorklistAsync()}");
        Expect.That(revision.Role == expected, $"expected the revision to be for the {role}, but it is for the {revision.Role.Replace('-', ' ')}");
        await world.SendAsync(new ReviseAssessment(revision.Id, CaseworkForms.Assessment(DetailTable.Read(details), await reader.VariablesAsync()), theCase.Staff(expected)));
    }

    [Then(@"the trusted assessment is accepted by the (.+)")]
    public async Task ThenAcceptedBy(string role)
    {
        var expected = PolicyWords.Role(role);
        var reviews = await world.ReadAsync(db => db.AssessmentReviews.Where(r => r.CaseId == theCase.Id).ToListAsync());
        Expect.That(reviews.Exists(r => r.Accepted && r.Discipline == expected),
            $"expected the {role} to have accepted the assessment, but the reviews are: {(reviews.Count == 0 ? "none" : string.Join("; ", reviews.Select(r => $"{r.Discipline} {(r.Accepted ? "accepted" : "challenged")}")))}");
    }

    [Then(@"the (.+?) is asked to revise the trusted assessment because (.+)")]
    public async Task ThenAskedToRevise(string role, string reason)
    {
        var expected = PolicyWords.Role(role);
        var open = (await reader.TasksAsync()).Where(t => t.Form == AssessmentJournalKinds.RevisionForm && t.Status is WorkTaskStatus.Ready or WorkTaskStatus.InProgress).ToList();
        Expect.That(open.Exists(t => t.Role == expected), $"expected the {role} to be asked to revise the assessment, but the worklist has: {await reader.WorklistAsync()}");
        var challenge = await world.ReadAsync(db => db.AssessmentReviews.Where(r => r.CaseId == theCase.Id && !r.Accepted).OrderBy(r => r.Id).LastOrDefaultAsync());
        Expect.That(challenge?.Reason == reason.Trim(), $"expected the challenge to record the reason '{reason}', but it records '{challenge?.Reason ?? "none"}'");
    }

    [Then(@"the trusted assessment has (\d+) versions?, all by the (.+)")]
    public async Task ThenVersions(int count, string role)
    {
        var expected = PolicyWords.Role(role);
        var versions = await world.ReadAsync(db => db.Assessments.Where(a => a.CaseId == theCase.Id).ToListAsync());
        Expect.That(versions.Count == count && versions.TrueForAll(v => v.Discipline == expected),
            $"expected {count} version(s) of the assessment by the {role}, but there are {versions.Count} by: {string.Join(", ", versions.Select(v => v.Discipline).Distinct())}");
    }
}
