using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>An administrator adds a locality in the browser, is told what is wrong with a bad one, and changes it.</summary>
[Collection(HostedAppCollection.Name)]
public sealed class LocalitiesAdminTests(HostedApp app)
{
    [Fact]
    public async Task Administrator_AddsAndChangesALocality()
    {
        var page = await app.NewPageAsync();
        await SignIn.AsAsync(page, "admin");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Localities" }).ClickAsync();
        await Expect(page.Locator("[data-localities] tr[data-locality='north-shire']")).ToContainTextAsync("North Shire");
        var form = page.Locator("form[data-locality-form]");

        // given a code with capitals and no team
        await form.GetByLabel("Code").FillAsync("Fen Marsh");
        await form.GetByLabel("Name").FillAsync("Fen Marsh");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add locality" }).ClickAsync();

        // then the error summary names both fields
        var summary = page.Locator(".nhsuk-error-summary");
        await Expect(summary.Locator("li")).ToHaveCountAsync(2);
        await Expect(summary).ToContainTextAsync("Code 'Fen Marsh' is not a code");
        await Expect(summary).ToContainTextAsync("Teams is required");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // when corrected
        await form.GetByLabel("Code").FillAsync("fen-marsh");
        await form.GetByLabel("Teams").FillAsync("fen-marsh, fen-marsh-nights");
        await form.GetByLabel("Thursday").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Add locality" }).ClickAsync();

        // then it is listed, and the notice says it runs the national definitions
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Fen Marsh added");
        var row = page.Locator("[data-localities] tr[data-locality='fen-marsh']");
        await Expect(row).ToContainTextAsync("fen-marsh, fen-marsh-nights");
        await Expect(row).ToContainTextAsync("Thursday");
        await Screenshots.SaveAsync(page, "admin-localities");

        // and its policy is checked in the background: the Policy page says so until the results are in, then shows them by itself
        var policy = await app.NewPageAsync();
        await policy.GotoAsync("/policy");
        var checking = policy.Locator("[data-policy-checking='fen-marsh']");
        if (await checking.IsVisibleAsync())
        {
            await Expect(checking).ToContainTextAsync("Checking policy…");
            await Accessibility.AssertNoSeriousViolationsAsync(policy);
            await Screenshots.SaveAsync(policy, "policy-checking-new-locality");
        }
        await Expect(policy.Locator("[data-policy-follows-national='fen-marsh']")).ToContainTextAsync("0 failed", new() { Timeout = 180_000 });
        await Expect(checking).ToHaveCountAsync(0);

        // when renamed
        await row.GetByRole(AriaRole.Link, new() { Name = "Change" }).ClickAsync();
        await Expect(form.GetByLabel("Code")).ToHaveAttributeAsync("readonly", "readonly");
        await form.GetByLabel("Name").FillAsync("Fen and Marsh");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator("[data-localities] tr[data-locality='fen-marsh']")).ToContainTextAsync("Fen and Marsh");
    }
}
