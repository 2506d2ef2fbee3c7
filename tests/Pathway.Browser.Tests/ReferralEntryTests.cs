using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>
/// A coordinator takes a referral over the phone and types it into the referral page; the case starts
/// with the trusted assessment offered, and an administrator can see that access in the audit.
/// </summary>
[Collection(HostedAppCollection.Name)]
public sealed class ReferralEntryTests(HostedApp app)
{
    [Fact]
    public async Task PhoneReferral_MistakeCorrected_StartsTheCaseAndIsAudited()
    {
        var page = await app.NewPageAsync();
        await SignIn.AsAsync(page, "coordinator");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "New referral" }).ClickAsync();
        var form = page.Locator("form[data-referral-form]");
        await Screenshots.SaveAsync(page, "referral-new");

        // given a phone referral for a frail person after a fall (synthetic), with the NHS number's last digit misheard
        await form.GetByLabel("NHS number").FillAsync("999 000 0027");
        await form.GetByLabel("Full name").FillAsync("Florence Fictional");
        await form.GetByLabel("Day").FillAsync("14");
        await form.GetByLabel("Month").FillAsync("3");
        await form.GetByLabel("Year").FillAsync("1938");
        await form.GetByLabel("Postcode").FillAsync("NS1 4CD");
        await form.GetByLabel("Locality").SelectOptionAsync(new SelectOptionValue { Label = "North Shire" });
        await form.GetByLabel("GP practice").FillAsync("Harbour Street Surgery");
        await form.GetByLabel("Who is referring").SelectOptionAsync(new SelectOptionValue { Label = "NHS 111" });
        await form.GetByLabel("Main reason for the referral").SelectOptionAsync(new SelectOptionValue { Label = "A fall" });
        await form.GetByLabel("Clinical Frailty Scale").SelectOptionAsync(new SelectOptionValue { Label = "6 Living with moderate frailty" });
        await form.GetByLabel("Respiration rate").FillAsync("18");
        await form.GetByLabel("Oxygen saturation (SpO2)").FillAsync("96");
        await form.GetByRole(AriaRole.Group, new() { Name = "Is the person on oxygen?" }).GetByLabel("No").CheckAsync();
        await form.GetByLabel("Systolic blood pressure").FillAsync("128");
        await form.GetByLabel("Pulse").FillAsync("84");
        await form.GetByLabel("Level of consciousness (ACVPU)").SelectOptionAsync(new SelectOptionValue { Label = "Alert" });
        await form.GetByLabel("Temperature").FillAsync("36.9");
        await form.GetByLabel("Where the person is").SelectOptionAsync(new SelectOptionValue { Label = "Their own home" });
        await form.GetByLabel("Carer (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Carer is under strain" });
        await form.GetByRole(AriaRole.Group, new() { Name = "Has the person consented to the referral?" }).GetByLabel("Yes").CheckAsync();
        await form.GetByLabel("What matters to the person").FillAsync("Staying at home with my cat");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();

        // then the NHS error summary names the field, and its link moves focus to the input
        var summary = page.Locator(".nhsuk-error-summary");
        await Expect(summary.Locator("li")).ToHaveCountAsync(1);
        await Expect(summary).ToContainTextAsync("NHS number '999 000 0027' fails the NHS number check digit");
        await Screenshots.SaveAsync(page, "referral-new-error");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(form.GetByLabel("NHS number")).ToBeFocusedAsync();

        // when the number is corrected (everything else was kept) and the referral recorded
        await Expect(form.GetByLabel("Full name")).ToHaveValueAsync("Florence Fictional");
        await form.GetByLabel("NHS number").FillAsync("999 000 0026");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();

        // then the new case opens with the trusted assessment offered to the best-placed assessor
        await Expect(page).ToHaveURLAsync(new Regex("/cases/[0-9a-f-]{36}$"));
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Referral recorded: NEWS2 score");
        await Expect(page.Locator("h1")).ToContainTextAsync("Florence Fictional");
        await Expect(page.Locator(".nhsuk-card", new() { HasText = "Trusted assessment" })).ToHaveCountAsync(1);
        var caseId = page.Url.Split('/')[^1];

        // when an administrator looks at the access audit for the case
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignIn.AsAsync(page, "admin");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Access audit" }).ClickAsync();
        await page.GetByLabel("Case").FillAsync(caseId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        // then the coordinator's recording of the referral is there
        var row = page.Locator("[data-audit] tbody tr", new() { HasText = "coordinator recorded a referral, starting the record of Florence Fictional" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator($"[data-case-id='{caseId}']")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "audit-for-case");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task PhoneReferral_SameFormSentTwice_StartsOneCase()
    {
        var page = await app.NewPageAsync();
        await SignIn.AsAsync(page, "nurse", "/referrals/new");
        var form = page.APIRequest.CreateFormData();
        foreach (var hidden in new[] { "__RequestVerificationToken", "IdempotencyToken" })
            form.Set(hidden, await page.Locator($"form[data-referral-form] input[name='{hidden}']").InputValueAsync());
        foreach (var (name, value) in new[]
        {
            ("person.nhsNumber", "9990000034"), ("person.name", "Gideon Goodtest"), ("person.dateOfBirth.day", "2"), ("person.dateOfBirth.month", "11"),
            ("person.dateOfBirth.year", "1936"), ("person.locality", "north-shire"), ("referralSource", "gp"), ("presentingNeed", "fall"),
            ("clinicalFrailtyScale", "5"), ("observations.respirationRate", "16"), ("observations.oxygenSaturation", "97"),
            ("observations.supplementalOxygen", "no"), ("observations.systolicBloodPressure", "132"), ("observations.pulse", "76"),
            ("observations.consciousness", "alert"), ("observations.temperature", "36.6"), ("consentGiven", "yes"),
        })
            form.Set(name, value);

        // when the same form is sent twice, as a double press of the button would
        var first = await page.APIRequest.PostAsync("/referrals/new", new() { Form = form, MaxRedirects = 0 });
        var second = await page.APIRequest.PostAsync("/referrals/new", new() { Form = form, MaxRedirects = 0 });

        // then both go to the one case the first started
        Assert.Equal(302, first.Status);
        Assert.Equal(302, second.Status);
        Assert.Matches("/cases/[0-9a-f-]{36}$", first.Headers["location"]);
        Assert.Equal(first.Headers["location"], second.Headers["location"]);
    }
}
