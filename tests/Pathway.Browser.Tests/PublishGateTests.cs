using System.Text.Json;
using Microsoft.Playwright;
using Pathway.Testing;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>
/// The publish gate in the rules page: a rule set sending falls to a routine 7-day response is refused
/// naming the two-hour-response scenarios; with a written reason it is published, and the Policy page
/// shows the failure, the override and its reason. Its own host: the change it publishes breaks policy.
/// </summary>
[Collection(PublishGateCollection.Name)]
public sealed class RulesPageGateTests(HostedApp app) : IClassFixture<HostedApp>
{
    private const string Reason = "Synthetic trial: commissioners agreed a routine falls response for this browser test";

    [Fact]
    public async Task RulesPage_FallsSentToARoutineResponse_IsRefusedNamingTwoHourResponse_ThenPublishedWithAReasonThePolicyPageShows()
    {
        var page = await app.NewPageAsync(1366, 900);
        await SignIn.AsAsync(page, "designer");
        var gate = new GateDialogs(page);

        // given the national best-placed-assessor rules with falls sent to a routine 7-day response, saved as a draft
        await page.GotoAsync("/rules");
        await page.Locator("[data-rule-sets] tr", new() { HasText = "best-placed-assessor" }).Filter(new() { HasText = "national" })
            .GetByRole(AriaRole.Link).First.ClickAsync();
        await page.GetByText("Advanced: the rule set as JSON").ClickAsync();
        var json = page.Locator("[data-bench-json]");
        // The page re-reads the JSON a moment after typing stops, then has the server check it: wait for that, as a person would see it settle.
        var checkedOnServer = page.WaitForResponseAsync(r => r.Url.Contains("/evaluate/unsaved", StringComparison.Ordinal));
        await json.FillAsync(RuleDrafts.FallsRoutine(await json.InputValueAsync()));
        await checkedOnServer;
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.Locator("[data-bench-status]")).ToContainTextAsync("Draft saved");

        // when it is published without a reason
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish draft" }).ClickAsync();

        // then it is refused, naming the two-hour-response scenarios, the step and what was expected
        await Expect(page.Locator("[data-bench-status]")).ToContainTextAsync("Not published", new() { Timeout = 120_000 });
        await GateDialogs.ExpectTwoHourResponseNamedAsync(page);
        await Screenshots.SaveAsync(page, "gate-rules-refused");

        // when the same change is published with a written reason
        gate.Reason = Reason;
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish draft" }).ClickAsync();
        await Expect(page.Locator("[data-bench-status]")).ToContainTextAsync("Published as version 2", new() { Timeout = 120_000 });

        // then the Policy page shows the failure, the override and its reason
        await GateDialogs.ExpectPolicyPageShowsOverrideAsync(page, Reason, "gate-rules-policy-page");
    }
}

/// <summary>
/// The publish gate in the pathway designer: the national pathway with the trusted assessment due in 7 days
/// instead of the response window is refused naming the two-hour-response scenarios, then published with a reason.
/// </summary>
[Collection(PublishGateCollection.Name)]
public sealed class DesignerGateTests(HostedApp app) : IClassFixture<HostedApp>
{
    private const string Reason = "Synthetic trial: a 7-day assessment agreed for this browser test";

    [Fact]
    public async Task Designer_PathwayBreakingTheTwoHourResponse_IsRefusedNamingItsScenarios_ThenPublishedWithAReasonThePolicyPageShows()
    {
        var page = await app.NewPageAsync(1366, 900);
        await SignIn.AsAsync(page, "designer");
        var gate = new GateDialogs(page);

        // given a draft of the national pathway whose trusted assessment is due in 7 days, opened in the designer
        using var versions = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/pathways")).TextAsync());
        var published = versions.RootElement.EnumerateArray().Single(v => v.GetProperty("key").GetString() == "admission-avoidance" && v.GetProperty("locality").GetString() == "national");
        var xml = await (await page.APIRequest.GetAsync($"/api/pathways/{published.GetProperty("id").GetInt64()}/xml")).TextAsync();
        var late = xml.Replace("pathway:form=\"trusted-assessment\" pathway:due=\"=responseWindow\"", "pathway:form=\"trusted-assessment\" pathway:due=\"P7D\"", StringComparison.Ordinal);
        Assert.NotEqual(xml, late);
        var saved = await page.APIRequest.PutAsync("/api/pathways/admission-avoidance/draft?locality=national",
            new() { Data = late, Headers = new Dictionary<string, string> { ["Content-Type"] = "application/xml" } });
        Assert.Equal(200, saved.Status);
        var draftId = JsonDocument.Parse(await saved.TextAsync()).RootElement.GetProperty("id").GetInt64();
        await page.GotoAsync($"/designer?id={draftId}");
        await Expect(page.Locator(".pw-status")).ToContainTextAsync("Opened");

        // when it is published without a reason
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();

        // then it is refused, naming the two-hour-response scenarios, the step and what was expected
        await Expect(page.Locator(".pw-status")).ToContainTextAsync("Not published", new() { Timeout = 120_000 });
        await GateDialogs.ExpectTwoHourResponseNamedAsync(page);
        await Screenshots.SaveAsync(page, "gate-designer-refused");

        // when the same change is published with a written reason
        gate.Reason = Reason;
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.Locator(".pw-status")).ToContainTextAsync("Published admission-avoidance (national) as version 2", new() { Timeout = 120_000 });

        // then the Policy page shows the failure, the override and its reason
        await GateDialogs.ExpectPolicyPageShowsOverrideAsync(page, Reason, "gate-designer-policy-page");
    }
}

/// <summary>
/// Journeys that publish a change breaking policy, each on a host of its own so no other journey meets it.
/// One at a time, after the others: two test hosts starting at once in one process can bind the same port.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PublishGateCollection
{
    public const string Name = "publish gate";
}

/// <summary>The browser's dialogs as a designer answers them: confirm the publish; for the gate's prompt, the reason if they have one.</summary>
internal sealed class GateDialogs
{
    public GateDialogs(IPage page) => page.Dialog += async (_, dialog) =>
    {
        if (dialog.Type == DialogType.Prompt)
            await (Reason is null ? dialog.DismissAsync() : dialog.AcceptAsync(Reason));
        else
            await dialog.AcceptAsync();
    };

    /// <summary>The reason written when the gate asks; none (the prompt cancelled) until set.</summary>
    public string? Reason { get; set; }

    public static async Task ExpectTwoHourResponseNamedAsync(IPage page)
    {
        var failures = page.Locator("[data-publish-gate-failures] li");
        await Expect(failures.Filter(new() { HasText = "two-hour-response" }).First).ToBeVisibleAsync();
        await Expect(failures.Filter(new() { HasText = "two-hour-response" }).First).ToContainTextAsync("expected");
    }

    public static async Task ExpectPolicyPageShowsOverrideAsync(IPage page, string reason, string screenshot)
    {
        await page.GotoAsync("/policy");
        var overrides = page.Locator("[data-policy-overrides]");
        await Expect(overrides).ToContainTextAsync(reason);
        await Expect(overrides).ToContainTextAsync("The 2-hour crisis response");
        await Expect(page.Locator("[data-policy-runs]")).ToContainTextAsync("National");
        await Screenshots.SaveAsync(page, screenshot);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator("a[href='/policy/national/two-hour-response']").First.ClickAsync();
        await Expect(page.Locator(".nhsuk-tag--red").First).ToBeVisibleAsync();
        await Expect(page.GetByText("Not met").First).ToBeVisibleAsync();
    }
}
