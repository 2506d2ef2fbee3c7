using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>
/// Steps that were API-only: the receiving service answers a handover on the case page (or the
/// coordinator on its behalf), and the coordinator reassigns a task from the worklist.
/// </summary>
[Collection(HostedAppCollection.Name)]
public sealed class HandoverAndReassignTests(HostedApp app)
{
    [Fact]
    public async Task Handover_DeclinedWithReasonByTheCoordinator_ThenAcceptedByTheReceivingService()
    {
        var caseId = await CaseWalk.ToHandoverRequestedAsync(app, "Hilda Handovertest", "9990000115", "reablement");

        // given the coordinator on the case page of a case awaiting reablement's answer
        var page = await app.NewPageAsync(1366, 900);
        await SignIn.AsAsync(page, "coordinator", $"/cases/{caseId}");
        var panel = page.Locator("[data-respond-to-handover]");
        await Expect(panel).ToContainTextAsync("awaiting a response");

        // when they decline on its behalf without a reason, the NHS error summary asks for one
        await panel.GetByLabel("Decline, with a reason").CheckAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record the response" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter why the service is declining the handover");
        await Screenshots.SaveAsync(page, "handover-1-decline-needs-reason");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // and with one, the handover is declined and "Plan handover" opens again
        await page.Locator("[data-respond-to-handover]").GetByLabel("If declining: why the service cannot take the person on").FillAsync("No capacity until next week");
        await page.Locator("[data-respond-to-handover]").GetByRole(AriaRole.Button, new() { Name = "Record the response" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Handover declined");
        await Expect(page.Locator(".nhsuk-card", new() { HasText = "Plan handover" })).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("[data-respond-to-handover]")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "handover-2-declined");

        // when the coordinator finishes the plan themselves (the assessor is away): a handover to reablement again
        var plan = page.Locator("form[data-task-form='handover']");
        await plan.GetByRole(AriaRole.Group, new() { Name = "Does another service need to take over care?" }).GetByLabel("Yes").CheckAsync();
        await plan.GetByRole(AriaRole.Combobox, new() { NameRegex = new("^Receiving service") }).SelectOptionAsync("reablement");
        await plan.GetByLabel("What the receiving service needs to know").FillAsync("Reablement after a fall; now has a pendant alarm");
        await plan.GetByRole(AriaRole.Button, new() { Name = "Record handover plan" }).ClickAsync();
        await Expect(page.Locator("[data-respond-to-handover]")).ToContainTextAsync("awaiting a response");

        // then the reablement service, signed in on a phone, accepts it
        var reablement = await app.NewPageAsync(390, 844);
        await SignIn.AsAsync(reablement, "reablement", $"/cases/{caseId}");
        var answer = reablement.Locator("[data-respond-to-handover]");
        await answer.GetByLabel("Accept: the service takes over the person's care").CheckAsync();
        await Screenshots.SaveAsync(reablement, "handover-3-reablement-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(reablement);
        await answer.GetByRole(AriaRole.Button, new() { Name = "Record the response" }).ClickAsync();
        await Expect(reablement.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Handover accepted");
        await Expect(reablement.Locator("[data-respond-to-handover]")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(reablement, "handover-4-accepted-phone");
    }

    [Fact]
    public async Task Reassign_FromTheWorklist_GivesTheTaskToTheChosenPerson()
    {
        var caseId = await CaseWalk.ToPlanHandoverAsync(app, "Rita Reassigntest", "9990000123");

        // given the coordinator on the team worklist, where the assessor's "Plan handover" waits
        var page = await app.NewPageAsync(1366, 900);
        await SignIn.AsAsync(page, "coordinator", "/tasks?view=team");
        var row = page.Locator("[data-worklist] tbody tr", new() { HasText = "Rita Reassigntest" }).Filter(new() { HasText = "Plan handover" });
        await Expect(row).ToHaveCountAsync(1);

        // when they give it to the occupational therapist
        await row.Locator("[data-reassign] summary").ClickAsync();
        await row.GetByLabel("Give \"Plan handover\" to").SelectOptionAsync(new SelectOptionValue { Label = "Owen Therapist" });
        await Screenshots.SaveAsync(page, "reassign-1-worklist-picker");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new("^Reassign Plan handover") }).ClickAsync();

        // then it is theirs
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Reassigned to ot");
        await Expect(page.Locator("[data-worklist] tbody tr", new() { HasText = "Rita Reassigntest" }).Filter(new() { HasText = "Plan handover" })).ToContainTextAsync("claimed by ot");
        await Screenshots.SaveAsync(page, "reassign-2-done");
        var ot = await app.NewPageAsync(390, 844);
        await SignIn.AsAsync(ot, "ot", "/tasks");
        await Expect(ot.Locator("[data-worklist] tbody tr", new() { HasText = "Rita Reassigntest" }).Filter(new() { HasText = "Plan handover" })).ToContainTextAsync("(yours)");
        // and, as another discipline than the physiotherapist who assessed, the review of the assessment is theirs too
        await Expect(ot.Locator("[data-worklist] tbody tr", new() { HasText = "Rita Reassigntest" }).Filter(new() { HasText = "Review the trusted assessment" })).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(ot, "reassign-3-ot-worklist-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(ot);

        // and, once the coordinator has released it (a task in someone's hands is never taken from them),
        // from the case page they give it back to the physiotherapists' worklist
        await page.GotoAsync("/tasks?view=team");
        var held = page.Locator("[data-worklist] tbody tr", new() { HasText = "Rita Reassigntest" }).Filter(new() { HasText = "Plan handover" });
        await Expect(held.Locator("[data-reassign]")).ToHaveCountAsync(0);
        await held.GetByRole(AriaRole.Button, new() { NameRegex = new("^Release Plan handover") }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Released");
        await page.GotoAsync($"/cases/{caseId}");
        var card = page.Locator(".nhsuk-card", new() { HasText = "Plan handover" });
        await card.Locator("[data-reassign] summary").ClickAsync();
        await card.GetByLabel("Give \"Plan handover\" to").SelectOptionAsync(new SelectOptionValue { Label = "Community physiotherapist" });
        await card.GetByRole(AriaRole.Button, new() { NameRegex = new("^Reassign Plan handover") }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Reassigned to community-physiotherapist");
        await Screenshots.SaveAsync(page, "reassign-4-case-page");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
