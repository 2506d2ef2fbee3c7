using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>
/// A referral reaches the best-placed assessor's worklist; they open the case, see where it is on
/// the pathway, record the trusted assessment; the MDT then decides from the huddle board.
/// </summary>
[Collection(HostedAppCollection.Name)]
public sealed class CaseworkTests(HostedApp app)
{
    [Fact]
    public async Task Referral_AssessedFromTheCasePage_ThenDecidedAtTheHuddle()
    {
        var page = await app.NewPageAsync();

        // given a referral for a frail person after a fall, triaged to the community physiotherapist
        await SignIn.AsAsync(page, "physio");
        var caseId = await Referrals.PostAsync(page, Referrals.Fall("Edith Example", "9990000018"));

        // when the physiotherapist opens their worklist
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Worklist" }).ClickAsync();
        var row = page.Locator("[data-worklist] tr", new() { HasText = "Edith Example" });

        // then the assessment is there with its time left against the 2-hour standard
        await Expect(row).ToContainTextAsync("Trusted assessment");
        await Expect(page.Locator(".nhsuk-error-summary")).ToHaveCountAsync(0);
        await Expect(row.Locator(".nhsuk-tag")).ToContainTextAsync("left");
        await Screenshots.SaveAsync(page, "worklist-with-referral");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // when they claim it and open the case
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new("^Claim") }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Claimed");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edith Example" }).ClickAsync();

        // then the diagram highlights the current task
        await Expect(page.Locator("[data-case-diagram] g.djs-element.pw-active[data-element-id='TrustedAssessment']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-case-diagram] g.djs-element.pw-completed[data-element-id='Triage']")).ToHaveCountAsync(1);
        await Expect(page.Locator("h1")).ToContainTextAsync("Edith Example");
        await Screenshots.SaveAsync(page, "case-page");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // when the form is sent with nothing filled in, the NHS error summary lists each field, linked to it
        var form = page.Locator("form[data-task-form='trusted-assessment']");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record assessment" }).ClickAsync();
        var summary = page.Locator(".nhsuk-error-summary");
        await Expect(summary.Locator("li").First).ToHaveTextAsync("Enter Clinical Frailty Scale"); // in the form's order
        await Expect(summary).ToContainTextAsync("Enter mobility and falls");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter mobility and falls" }).ClickAsync();
        await Expect(form.GetByLabel("Mobility and falls")).ToBeFocusedAsync();
        await Screenshots.SaveAsync(page, "case-page-form-errors");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // and when it is filled in (by keyboard: each field has its label)
        await form.GetByLabel("Clinical Frailty Scale").FillAsync("6");
        foreach (var (label, text) in new[]
        {
            ("Mobility and falls", "Walks with a frame; fell in the kitchen last night, no injury"),
            ("Cognition", "No concerns"), ("Skin integrity", "Intact"), ("Continence", "Continent"),
            ("Medication concerns", "none"), ("Home environment and hazards", "Loose rugs in the hall"),
            ("Carer strain", "Daughter is struggling to cope"),
            ("What matters to the person, in their words", "I want to stay in my own home"),
            ("Risks discussed with the person, and their view", "Further falls; accepts a pendant alarm"),
        })
            await form.GetByLabel(label).FillAsync(text);
        await form.GetByRole(AriaRole.Group, new() { Name = "Self-neglect" }).GetByLabel("Yes").CheckAsync();
        await form.GetByRole(AriaRole.Group, new() { Name = "Carer crisis" }).GetByLabel("Yes").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Record assessment" }).ClickAsync();

        // then the task is done and the case has moved on
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Trusted assessment: done");
        await Expect(page.Locator("[data-case-diagram] g.djs-element.pw-completed[data-element-id='TrustedAssessment']")).ToHaveCountAsync(1);
        await Expect(page.Locator(".pw-timeline")).ToContainTextAsync("Task completed: Trusted assessment");
        await Expect(page.Locator(".pw-timeline")).ToContainTextAsync("Trusted assessment recorded");
        await Screenshots.SaveAsync(page, "case-page-assessed");

        // when a nurse from the same team reads and accepts the assessment (trusted on behalf of every discipline)
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignIn.AsAsync(page, "nurse", $"/cases/{caseId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept the assessment" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("You accepted the trusted assessment");
        await Expect(page.Locator("[data-assessment-reviews]")).ToContainTextAsync("Accepted");
        await Screenshots.SaveAsync(page, "case-page-assessment-accepted");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // when the coordinator opens the huddle board
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignIn.AsAsync(page, "coordinator", "/huddle");
        var card = page.Locator("[data-huddle] > li", new() { HasText = "Edith Example" });
        await Expect(card).ToContainTextAsync("tipping point");
        await Screenshots.SaveAsync(page, "huddle-board");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // and records the MDT's decision from the board
        await card.Locator("summary").ClickAsync();
        await card.GetByLabel("District nurse").CheckAsync();
        await card.GetByLabel("Social worker").CheckAsync();
        await card.GetByLabel("How the person took part").SelectOptionAsync("consulted");
        await card.GetByLabel("How carers took part").SelectOptionAsync("present");
        await card.GetByLabel("Options discussed").FillAsync("Home with reablement\nRespite placement");
        await card.GetByLabel("Decision", new() { Exact = true }).FillAsync("Home with reablement and a pendant alarm");
        await card.GetByRole(AriaRole.Group, new() { Name = "Did the person choose to accept a risk?" }).GetByLabel("No").CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();

        // then the board says so and the case has left it
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Decision recorded for Edith Example");
        await Expect(page.Locator("[data-huddle] > li", new() { HasText = "Edith Example" })).ToHaveCountAsync(0);
        Assert.NotEqual(Guid.Empty, caseId);
    }
}
