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

    [Fact]
    public async Task CasePage_OnAPhone_ClipsNoLabel_AndTheDiagramPansByDragging()
    {
        var page = await app.NewPageAsync(PhoneWidth, 844);
        await SignIn.AsAsync(page, "coordinator");
        var caseId = await Referrals.PostAsync(page, Referrals.Fall("Phone Labels-Verylongfamilyname", "9434766060"));
        await page.GotoAsync($"/cases/{caseId}");
        await page.Locator(".pw-case-diagram .djs-container").WaitForAsync();
        await Screenshots.SaveWindowAsync(page, "phone-case-390-top");

        // every label, heading, tag and caption fits inside its box and the window
        var clipped = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main dt, main th, main label, main legend, main .nhsuk-tag, main h1, main h2, main h3, main figcaption, main .nhsuk-table-responsive__heading, main .nhsuk-summary-list__key')]
              .filter(e => e.offsetParent !== null)
              .filter(e => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
              .map(e => `${e.tagName.toLowerCase()}.${e.className}: '${e.textContent.trim().slice(0, 40)}'`)
            """);
        Assert.True(clipped.Length == 0, "clipped on a phone: " + string.Join("; ", clipped));

        // dragging the diagram moves it
        var diagram = page.Locator(".pw-case-diagram");
        await diagram.ScrollIntoViewIfNeededAsync();
        var box = (await diagram.BoundingBoxAsync())!;
        var before = await page.Locator(".pw-case-diagram .viewport").GetAttributeAsync("transform");
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height - 20);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width / 2 - 80, box.Y + box.Height - 60, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        Assert.NotEqual(before, await page.Locator(".pw-case-diagram .viewport").GetAttributeAsync("transform"));
        await Screenshots.SaveWindowAsync(page, "phone-case-390-diagram");
    }

    private static Task<int> DocumentWidthAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
}
