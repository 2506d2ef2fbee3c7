using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>A service designer edits a rule set as a table, tries it before saving, saves and publishes it.</summary>
[Collection(HostedAppCollection.Name)]
public sealed class RulesTableTests(HostedApp app)
{
    [Fact]
    public async Task RulesTable_NewRuleBuiltFromFacts_TriedBeforeSavingThenSavedAndPublished()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync(); // "Publish the saved draft…?"
        await SignIn.AsAsync(page, "designer", "/rules");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^v1 of escalation, coastal-bay") }).ClickAsync();
        await Expect(page.Locator("tr.pw-rule-row")).ToHaveCountAsync(1);

        // when a rule is added: named, its condition built from a fact, its outputs picked
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a rule" }).ClickAsync();
        var row = page.Locator("tr.pw-rule-row").Nth(1);
        await page.GetByLabel("Name of rule 2").FillAsync("long-lie-escalation");
        await row.GetByText("Build from facts").ClickAsync();
        await row.GetByLabel("Fact").SelectOptionAsync("longLie");
        await row.GetByLabel("Is", new() { Exact = true }).SelectOptionAsync("is true");
        await row.GetByRole(AriaRole.Button, new() { Name = "Add to condition" }).ClickAsync();
        await Expect(page.GetByLabel("Condition of rule long-lie-escalation")).ToHaveValueAsync("referral.longLie");
        // (a new rule starts with the outputs every rule in the set must decide; the first's values)
        await row.GetByLabel("Escalate the assessment after", new() { Exact = true }).FillAsync("6");
        await row.GetByLabel("Unit for escalate the assessment after").SelectOptionAsync("hours");
        await row.GetByLabel("Escalate to", new() { Exact = true }).SelectOptionAsync("coordinator");
        await page.GetByLabel("What rule long-lie-escalation means").FillAsync("A person who lay on the floor for an hour or more: escalate the assessment after 6 hours.");

        // and moved to the top, so it is tried first
        await page.GetByRole(AriaRole.Button, new() { Name = "move long-lie-escalation up" }).ClickAsync();
        await Expect(page.Locator("tr.pw-rule-row").First).ToHaveAttributeAsync("data-rule", "long-lie-escalation");
        await Expect(page.Locator(".pw-rule-problems li")).ToHaveCountAsync(0);

        // then it can be tried on a sample referral before it is saved
        await page.GetByLabel("Sample referral (case variables as JSON)").FillAsync("""{ "longLie": true, "assessorRole": "crisis-response-nurse" }""");
        await page.GetByLabel("The table above, before saving").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Try it" }).ClickAsync();
        await Expect(page.Locator("[data-bench-decision]")).ToHaveAttributeAsync("data-bench-decision", "long-lie-escalation");
        await Expect(page.Locator("[data-bench-result]")).ToContainTextAsync("assessmentEscalateAfter: \"PT6H\"");
        await Screenshots.SaveAsync(page, "rules-table-tried-before-saving");

        // when it is saved and published
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.Locator("[data-bench-status]")).ToContainTextAsync("Draft saved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish draft" }).ClickAsync();
        await Expect(page.Locator("[data-bench-status]")).ToContainTextAsync("Published");

        // then the published version holds the new rule first, with the duration as ISO 8601
        var list = await page.APIRequest.GetAsync("/api/rules");
        using var versions = JsonDocument.Parse(await list.TextAsync());
        var published = versions.RootElement.EnumerateArray().Single(v =>
            v.GetProperty("name").GetString() == "escalation" && v.GetProperty("locality").GetString() == "coastal-bay" && v.GetProperty("status").GetString() == "Published");
        Assert.Equal(2, published.GetProperty("version").GetInt32());
        var json = await (await page.APIRequest.GetAsync($"/api/rules/{published.GetProperty("id").GetInt64()}/json")).TextAsync();
        using var workflow = JsonDocument.Parse(json);
        var root = workflow.RootElement.ValueKind == JsonValueKind.Array ? workflow.RootElement[0] : workflow.RootElement;
        var first = root.GetProperty("Rules")[0];
        Assert.Equal("long-lie-escalation", first.GetProperty("RuleName").GetString());
        Assert.Equal("referral.longLie", first.GetProperty("Expression").GetString());
        Assert.Equal("PT6H", first.GetProperty("Properties").GetProperty("outputs").GetProperty("assessmentEscalateAfter").GetString());
        await Expect(page.Locator("[data-rule-sets] tr", new() { HasText = "coastal-bay" }).Filter(new() { HasText = "escalation" })).ToContainTextAsync("v2");
        await Screenshots.SaveAsync(page, "rules-table-published");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
