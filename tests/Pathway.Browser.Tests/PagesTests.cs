using Microsoft.Playwright;

namespace Pathway.Browser.Tests;

/// <summary>Every page renders, meets WCAG 2.2 AA as far as axe can tell, and is saved as a screenshot.</summary>
[Collection(HostedAppCollection.Name)]
public sealed class PagesTests(HostedApp app)
{
    [Theory]
    [InlineData("/", "home")]
    [InlineData("/tasks", "worklist")]
    [InlineData("/huddle", "huddle")]
    [InlineData("/rules", "rules")]
    public async Task Page_Loads_HasNoSeriousAccessibilityViolations(string path, string name)
    {
        var page = await app.NewPageAsync();

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await Screenshots.SaveAsync(page, $"page-{name}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task RulesBench_ChosenVersion_ShowsPlainEnglishRulesAndChecksJsonLive()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/rules");

        // when a rule set version is chosen
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^v1 of best-placed-assessor, national") }).ClickAsync();

        // then its rules read in plain English, and the editor says the JSON is well formed
        await Assertions.Expect(page.Locator("[data-rules]")).ToContainTextAsync("Suspected sepsis is life-threatening");
        await Assertions.Expect(page.Locator("[data-bench-check]")).ToContainTextAsync("well formed");

        // and a syntax slip is reported while typing
        var editor = page.GetByLabel("Rule set JSON (RulesEngine workflow)");
        await editor.FocusAsync();
        await page.Keyboard.PressAsync("Control+Home");
        await page.Keyboard.TypeAsync("x");
        await Assertions.Expect(page.Locator("[data-bench-problems]")).ToContainTextAsync("JSON syntax");
        await Screenshots.SaveAsync(page, "rules-bench-syntax-error");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task RulesBench_SampleReferral_ShowsTheRuleThatFired()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/rules");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^v1 of best-placed-assessor, national") }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Evaluate" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-bench-result]")).ToContainTextAsync("Rule that fired");
        await Screenshots.SaveAsync(page, "rules-bench-evaluated");
    }
}
