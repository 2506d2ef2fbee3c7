using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>A commissioner reads the measures: an overview at the top linking to each measure, and empty measures that say so.</summary>
[Collection(HostedAppCollection.Name)]
public sealed class MeasuresTests(HostedApp app)
{
    [Fact]
    public async Task Measures_OverviewLinksToEachMeasure_AndAnEmptySelectionSaysSo()
    {
        // given a commissioner on the measures page, with a referral reached in time
        var nurse = await app.NewPageAsync();
        await SignIn.AsAsync(nurse, "nurse");
        await Referrals.PostAsync(nurse, Referrals.Fall("Mabel Measured", "9273636136"));
        var page = await app.NewPageAsync(1366, 900);
        await SignIn.AsAsync(page, "commissioner");
        await page.GotoAsync("/measures");

        // then the overview, before any chart, has a card for each measure linking to its section
        var cards = page.Locator("[data-measures-overview] [data-measure-card]");
        var sections = page.Locator("section[aria-labelledby]:not([data-measures-overview])");
        Assert.True(await cards.CountAsync() >= 10, "one card per measure");
        Assert.Equal(await sections.CountAsync(), await cards.CountAsync());
        var overviewTop = (await page.Locator("[data-measures-overview]").BoundingBoxAsync())!.Y;
        Assert.True(overviewTop < (await page.Locator("canvas[data-chart]").First.BoundingBoxAsync() ?? new() { Y = float.MaxValue }).Y);
        await Screenshots.SaveAsync(page, "measures-overview");
        await page.Locator("[data-measures-overview]").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveWindowAsync(page, "measures-overview-window");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // when a card is followed
        var workload = cards.Filter(new() { Has = page.Locator("a[href='#workload']") });
        await workload.GetByRole(AriaRole.Link).ClickAsync();

        // then the page is at that measure, in words
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#workload$"));
        await Expect(page.Locator("#workload")).ToBeInViewportAsync();
        await Expect(page.Locator("section[aria-labelledby='workload'] dl")).ToContainTextAsync("What is counted");
        await Screenshots.SaveWindowAsync(page, "measures-workload-window");

        // when the period holds no referrals
        await page.GotoAsync("/measures?from=2031-01-01&to=2031-01-31");

        // then every measure bar the snapshot of open tasks says it has nothing to measure, and draws no empty chart
        var empty = await page.Locator("[data-measure-empty]").CountAsync();
        Assert.True(empty >= await sections.CountAsync() - 1, $"{empty} of {await sections.CountAsync()} measures say they are empty");
        await Expect(cards.Filter(new() { HasText = "No cases" }).First).ToBeVisibleAsync();
        await Expect(page.GetByText("Low numbers")).ToHaveCountAsync(0);
        Assert.Equal(await page.Locator("section[aria-labelledby] canvas[data-chart]").CountAsync(), await page.Locator("[data-measure-card]:not(:has(.nhsuk-tag--grey))").CountAsync());
        await Screenshots.SaveAsync(page, "measures-empty");
        await page.Locator("#ucr-2-hour").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveWindowAsync(page, "measures-empty-window");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
