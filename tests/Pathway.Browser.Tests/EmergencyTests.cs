using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>
/// A phone referral with NEWS2 far above 7 and suspected sepsis is an emergency for 999/ED, not a
/// community case: the confirmation, the case page, the top of the worklist and the huddle board all say
/// so in red, with the reason and the time left, and never as a success.
/// </summary>
[Collection(HostedAppCollection.Name)]
public sealed class EmergencyTests(HostedApp app)
{
    private const string Person = "Ernest Emergencytest";

    [Fact]
    public async Task EmergencyReferral_ShownAsAnEmergency_FromConfirmationToHuddle()
    {
        var page = await app.NewPageAsync(1366, 900);
        await SignIn.AsAsync(page, "coordinator", "/referrals/new");

        // given a phone referral (synthetic) with NEWS2 17 and suspected sepsis
        var form = page.Locator("form[data-referral-form]");
        await form.GetByLabel("NHS number").FillAsync("999 000 0107");
        await form.GetByLabel("Full name").FillAsync(Person);
        await form.GetByLabel("Day").FillAsync("9");
        await form.GetByLabel("Month").FillAsync("7");
        await form.GetByLabel("Year").FillAsync("1940");
        await form.GetByLabel("Locality").SelectOptionAsync(new SelectOptionValue { Label = "North Shire" });
        await form.GetByLabel("Who is referring").SelectOptionAsync(new SelectOptionValue { Label = "GP" });
        await form.GetByLabel("Main reason for the referral").SelectOptionAsync(new SelectOptionValue { Label = "New or worse confusion (delirium)" });
        await form.GetByLabel("Clinical Frailty Scale").SelectOptionAsync(new SelectOptionValue { Label = "6 Living with moderate frailty" });
        await form.GetByLabel("Respiration rate").FillAsync("27");
        await form.GetByLabel("Oxygen saturation (SpO2)").FillAsync("90");
        await form.GetByRole(AriaRole.Group, new() { Name = "Is the person on oxygen?" }).GetByLabel("No").CheckAsync();
        await form.GetByLabel("Systolic blood pressure").FillAsync("88");
        await form.GetByLabel("Pulse").FillAsync("134");
        await form.GetByLabel("Level of consciousness (ACVPU)").SelectOptionAsync(new SelectOptionValue { Label = "New confusion" });
        await form.GetByLabel("Temperature").FillAsync("39.4");
        await form.GetByLabel("Sepsis suspected").CheckAsync();
        await form.GetByRole(AriaRole.Group, new() { Name = "Has the person consented to the referral?" }).GetByLabel("Yes").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();

        // then the confirmation is an NHS emergency care card with the reason and a countdown, not a green success
        await Expect(page).ToHaveURLAsync(new Regex("/cases/[0-9a-f-]{36}$"));
        var emergency = page.Locator("[data-emergency]");
        await Expect(emergency).ToHaveClassAsync(new Regex("nhsuk-card--care--emergency"));
        await Expect(emergency).ToContainTextAsync("Emergency: redirect to 999 or ED now");
        await Expect(emergency).ToContainTextAsync("emergency response (999/ED)");
        await Expect(emergency).ToContainTextAsync("NEWS2 score 17");
        await Expect(emergency.Locator("[data-emergency-notice]")).ToContainTextAsync("Referral recorded");
        await Expect(emergency.Locator("[data-countdown]")).ToHaveTextAsync(new Regex(@"^1[0-5] min left$"));
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Success", new() { Exact = true })).ToHaveCountAsync(0);

        // and the case summary shows no community response standard or assessor
        await Expect(page.Locator(".pw-person-summary")).Not.ToContainTextAsync("Response standard");
        await Expect(page.Locator(".pw-person-summary")).Not.ToContainTextAsync("Best-placed assessor");
        await Screenshots.SaveAsync(page, "emergency-1-confirmation-case-page");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var caseId = page.Url.Split('/')[^1];

        // when the coordinator opens the team worklist
        await page.GotoAsync("/tasks?view=team");

        // then the emergency is the first row and in the emergency card above the list
        await Expect(page.Locator("[data-emergencies]")).ToContainTextAsync(Person);
        var first = page.Locator("[data-worklist] tbody tr").First;
        await Expect(first).ToHaveAttributeAsync("data-emergency", "true");
        await Expect(first).ToContainTextAsync(Person);
        await Expect(first).ToContainTextAsync("999 000 0107");
        await Expect(first).ToContainTextAsync("NEWS2 17");
        await Screenshots.SaveAsync(page, "emergency-2-worklist");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // and on the huddle board
        await page.GotoAsync("/huddle");
        await Expect(page.Locator("[data-emergencies]")).ToContainTextAsync(Person);
        await Expect(page.Locator($"[data-emergencies] a[href='/cases/{caseId}']")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "emergency-3-huddle");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // and a nurse of the team, whose role the redirect task is not for, sees it on their own worklist too
        var nurse = await app.NewPageAsync(390, 844);
        await SignIn.AsAsync(nurse, "nurse", "/tasks");
        await Expect(nurse.Locator("[data-emergencies]")).ToContainTextAsync(Person);
        await Screenshots.SaveAsync(nurse, "emergency-4-nurse-worklist-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(nurse);
        await nurse.GotoAsync($"/cases/{caseId}");
        await Expect(nurse.Locator("[data-emergency]")).ToContainTextAsync("emergency response (999/ED)");
        await Screenshots.SaveAsync(nurse, "emergency-5-case-page-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(nurse);
    }
}
