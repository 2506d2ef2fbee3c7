using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>The worklist and the case page on a 390 × 844 phone: nothing scrolls sideways.</summary>
[Collection(HostedAppCollection.Name)]
public sealed class PhoneTests(HostedApp app)
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task Worklist_OnAPhone_HasNoSidewaysScrolling()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(PhoneWidth, 844);
        await SignIn.AsAsync(page, "coordinator");
        await Referrals.PostAsync(page, Referrals.Fall("Phone Worklist-Longername", "9434766044"));

        await page.GotoAsync("/tasks?view=team");

        await Expect(page.Locator("[data-worklist] tbody tr").First).ToBeVisibleAsync();
        Assert.Equal(PhoneWidth, await DocumentWidthAsync(page));
        await Screenshots.SaveAsync(page, "phone-worklist-390");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task CasePage_OnAPhone_ShowsTheOpenTaskBeforeTheDiagramWithNoSidewaysScrolling()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(PhoneWidth, 844);
        await SignIn.AsAsync(page, "coordinator");
        var caseId = await Referrals.PostAsync(page, Referrals.Fall("Phone Case-Longername", "9434766052"));

        await page.GotoAsync($"/cases/{caseId}");
        await page.Locator(".pw-case-diagram .djs-container").WaitForAsync();

        Assert.Equal(PhoneWidth, await DocumentWidthAsync(page));
        var task = (await page.Locator(".nhsuk-card[id^='task-']").First.BoundingBoxAsync())!;
        var diagram = (await page.Locator(".pw-case-diagram").BoundingBoxAsync())!;
        Assert.True(task.Y < diagram.Y, $"the open task (at {task.Y} px) should come before the diagram (at {diagram.Y} px)");

        // the diagram zooms from its buttons, and its current step is blue as the caption says
        var before = await page.Locator(".pw-case-diagram .viewport").GetAttributeAsync("transform");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        Assert.NotEqual(before, await page.Locator(".pw-case-diagram .viewport").GetAttributeAsync("transform"));
        await Expect(page.Locator("figcaption")).ToContainTextAsync("current step in blue");
        var stroke = await page.Locator(".pw-active .djs-visual > :first-child").First.EvaluateAsync<string>("e => getComputedStyle(e).stroke");
        Assert.Equal("rgb(0, 94, 184)", stroke);
        await Screenshots.SaveAsync(page, "phone-case-390");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private static Task<int> DocumentWidthAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
}
