using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>
/// The impact panel beside the publish button: a designer changes a rule in a draft, replays the
/// referrals really seen, watches the progress (and can cancel), then reads who would be routed
/// differently; a commissioner opens the same report and sees counts only.
/// </summary>
[Collection(HostedAppCollection.Name)]
public sealed class ImpactPanelTests(HostedApp app)
{
    [Fact]
    public async Task RulesPage_DraftSendingModerateFrailtyToTheGp_ReplayShowsTransitionAndChart_CancelWorks_CommissionerSeesCountsOnly()
    {
        // given two falls at Clinical Frailty Scale 6 in north-shire (a community physiotherapist within 2 hours today)
        var coordinator = await app.NewPageAsync();
        await SignIn.AsAsync(coordinator, "coordinator");
        await Referrals.PostAsync(coordinator, Referrals.Fall("Ivy Impact", "9434765870"));
        await Referrals.PostAsync(coordinator, Referrals.Fall("Ida Impact", "9434765889"));

        // and north-shire's draft of the triage sending everyone at scale 6 or below to their GP routinely
        var page = await app.NewPageAsync(1366, 900);
        await SignIn.AsAsync(page, "designer", "/rules");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^v1 of best-placed-assessor, north-shire") }).ClickAsync();
        await page.GetByLabel("Condition of rule cfs-below-4-not-ucr").FillAsync("referral.clinicalFrailtyScale >= 1 && referral.clinicalFrailtyScale <= 6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.Locator("[data-bench-status]")).ToContainTextAsync("Draft saved");
        var panel = page.Locator("[data-impact-panel]");
        var status = panel.Locator("[data-impact-status]");
        await Expect(status).ToContainTextAsync(new Regex("not been replayed|changed since the last replay"));

        // when a replay is started and, while it runs, cancelled
        app.ReplayHold.Close();
        try
        {
            await panel.GetByRole(AriaRole.Button, new() { Name = "Replay past referrals" }).ClickAsync();
            await Expect(panel.Locator("progress[data-impact-progress]")).ToBeVisibleAsync();
            await Expect(status).ToContainTextAsync(new Regex("Replayed 0 of [0-9]+ past cases|Reading past referrals"));
            await Screenshots.SaveAsync(page, "impact-panel-replaying");
            await panel.GetByRole(AriaRole.Button, new() { Name = "Cancel the replay" }).ClickAsync();
        }
        finally
        {
            app.ReplayHold.Open();
        }

        // then it stops, keeping nothing
        await Expect(status).ToContainTextAsync("Replay cancelled");
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Cancel the replay" })).ToBeHiddenAsync();
        await Expect(panel.Locator("[data-impact=transitions]")).ToHaveCountAsync(0);

        // when it is replayed to the end
        await panel.GetByRole(AriaRole.Button, new() { Name = "Replay past referrals" }).ClickAsync();

        // then the falls move from the physiotherapist's 2-hour response to the GP's routine one, decided by the changed rule
        var transitions = panel.GetByRole(AriaRole.Table, new() { NameRegex = new("^best-placed-assessor: now") });
        await Expect(transitions).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var move = transitions.Locator("tr", new() { HasText = "community-physiotherapist/2-hour" }).Filter(new() { HasText = "gp/routine" });
        await Expect(move).ToHaveCountAsync(1);
        await Expect(move).ToContainTextAsync("Counts only"); // a designer does not open people's records
        await Expect(panel.Locator("[data-impact=by-rule] tr", new() { HasText = "cfs-below-4-not-ucr" }).First).ToContainTextAsync("fall");
        await Expect(panel.Locator("[data-impact=two-hour-share]")).ToBeVisibleAsync();
        await Expect(panel.Locator("[data-impact=load] tr", new() { HasText = "gp" }).First).ToBeVisibleAsync();
        await Expect(panel.Locator("canvas[data-impact-chart]")).ToBeVisibleAsync();
        await Expect(panel.Locator("canvas[data-impact-chart]")).ToHaveAttributeAsync("aria-label", new Regex("Daily referrals per assessing role"));
        await Screenshots.SaveAsync(page, "impact-panel-report");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // and the CSV holds the same transition
        var csvHref = await panel.Locator("[data-impact-csv]").GetAttributeAsync("href");
        var csv = await (await page.APIRequest.GetAsync(csvHref!)).TextAsync();
        Assert.Matches(@"transition,best-placed-assessor,community-physiotherapist/2-hour,gp/routine,[0-9]+,", csv);

        // and reopening the page shows the same report for this draft
        var reportId = await panel.GetAttributeAsync("data-shown-report");
        Assert.NotNull(reportId);
        await page.ReloadAsync();
        await Expect(panel).ToHaveAttributeAsync("data-shown-report", reportId!);
        await Expect(status).ToContainTextAsync("last replay of this draft");

        // when a commissioner opens the report's own page, and an administrator does
        var commissioner = await app.NewPageAsync(1366, 900);
        await SignIn.AsAsync(commissioner, "commissioner", $"/impact/{reportId}");
        var admin = await app.NewPageAsync(1366, 900);
        await SignIn.AsAsync(admin, "admin", $"/impact/{reportId}");

        // then the commissioner sees the counts and no one's case; the administrator can open the cases
        var theirs = commissioner.Locator("[data-impact=transitions] tr", new() { HasText = "gp/routine" });
        await Expect(theirs).ToContainTextAsync("Counts only");
        await Expect(commissioner.Locator("[data-impact-panel] a[href^='/cases/']")).ToHaveCountAsync(0);
        await Expect(commissioner.Locator("canvas[data-impact-chart]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(commissioner, "impact-report-commissioner");
        await Accessibility.AssertNoSeriousViolationsAsync(commissioner);
        var examples = admin.Locator("[data-impact=transitions] tr", new() { HasText = "gp/routine" }).Locator("a[href^='/cases/']");
        await Expect(examples.First).ToBeVisibleAsync();
        Assert.InRange(await examples.CountAsync(), 2, 20);
        await Screenshots.SaveAsync(admin, "impact-report-administrator");

        // when the designer changes the draft again and saves it
        await page.GetByLabel("Condition of rule cfs-below-4-not-ucr").FillAsync("referral.clinicalFrailtyScale >= 1 && referral.clinicalFrailtyScale <= 5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        // then the report no longer describes it, so none is shown (and a publish would carry none)
        await Expect(status).ToContainTextAsync("The draft changed since the last replay");
        await Expect(panel).Not.ToHaveAttributeAsync("data-shown-report", new Regex("."));
    }

    [Fact]
    public async Task DesignerPage_ImpactPanel_SitsBesideTheDiagram_AndSaysWhyAPathwayDraftIsNotReplayedHere()
    {
        var page = await app.NewPageAsync(1366, 900);
        await SignIn.AsAsync(page, "designer", "/designer");
        var panel = page.Locator("[data-impact-panel]");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "What would this draft change?" })).ToBeVisibleAsync();
        await Expect(panel).ToHaveAttributeAsync("data-kind", "Pathway");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Replay past referrals" }).ClickAsync();

        await Expect(panel.Locator("[data-impact-status]")).ToContainTextAsync(new Regex("PW4741|PW[0-9]{4}"));
        await Screenshots.SaveAsync(page, "impact-panel-designer");
    }
}
