using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>
/// A service designer changes a locality's spec in the browser: a step the policy library does not know
/// is marked on its line as they type; the fixed draft is saved, run against what is published and
/// published through the gate. A commissioner reads the draft but is offered no way to change it.
/// </summary>
[Collection(HostedAppCollection.Name)]
public sealed class SpecEditorTests(HostedApp app)
{
    private const string UnknownStep = "    And the moon is made of green cheese";

    [Fact]
    public async Task SpecEditor_UnknownStepMarkedOnItsLine_FixedDraftSavedRunAndPublished()
    {
        var page = await app.NewPageAsync(1366, 900);
        await SignIn.AsAsync(page, "designer");

        // given the Riverside spec open in the editor, reached from the Policy page
        await page.GotoAsync("/policy");
        await page.Locator("[data-policy-specs]").ClickAsync();
        var riverside = page.Locator("[data-spec-files] tr", new() { HasText = "riverside" });
        await riverside.GetByRole(AriaRole.Link).First.ClickAsync();
        var editor = page.Locator("[data-spec-text]");
        await Expect(page.Locator("[data-spec-check]")).ToHaveAttributeAsync("data-kind", "success");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // when a step no step definition matches is typed after the first scenario's last step
        var text = await editor.InputValueAsync();
        var lines = text.Split('\n').ToList();
        var firstScenario = lines.FindIndex(l => l.TrimStart().StartsWith("Scenario", StringComparison.Ordinal));
        var lastStep = lines.FindIndex(firstScenario, l => l.Trim().Length == 0) - 1;
        var bad = lastStep + 2; // the 1-based line the new step lands on
        await editor.FocusAsync();
        await editor.EvaluateAsync("(t, at) => { const lines = t.value.split('\\n'); t.setSelectionRange(lines.slice(0, at).join('\\n').length, lines.slice(0, at).join('\\n').length); }", lastStep + 1);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync(UnknownStep.TrimStart());

        // then, once they stop typing, the problem is shown on that line and in the list, linked to the line
        var problem = page.Locator($"[data-spec-problems] li[data-line='{bad}']");
        await Expect(problem).ToContainTextAsync("PW5002");
        await Expect(problem).ToContainTextAsync("the moon is made of green cheese");
        await Expect(page.Locator(".pw-spec-gutter__line--problem")).ToHaveTextAsync($"! {bad}\n");
        await Expect(editor).ToHaveAttributeAsync("aria-invalid", "true");
        await Screenshots.SaveAsync(page, "spec-editor-unknown-step");
        await problem.GetByRole(AriaRole.Link).ClickAsync();
        Assert.Equal(bad, await editor.EvaluateAsync<int>("t => t.value.slice(0, t.selectionStart).split('\\n').length"));

        // when the step is fixed to one the library knows, and the draft is saved and run
        await page.Keyboard.TypeAsync("    And the response standard is 2-day");
        await Expect(page.Locator("[data-spec-check]")).ToHaveAttributeAsync("data-kind", "success");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.Locator("[data-spec-status]")).ToContainTextAsync("saved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the draft" }).ClickAsync();

        // then each scenario's result against the published definitions is listed
        var results = page.Locator("[data-spec-run-results] tbody tr");
        await Expect(results.First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.True(await results.CountAsync() > 0);
        await Expect(page.Locator("[data-spec-run-results] tbody tr[data-passed='false']")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "spec-editor-draft-run");

        // when it is published: the gate runs every spec that applies first
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish draft" }).ClickAsync();
        await Expect(page.Locator("[data-spec-status]")).ToContainTextAsync("Published as version", new() { Timeout = 60_000 });
        await Screenshots.SaveAsync(page, "spec-editor-published");

        // then the published Riverside spec holds the new step
        using var versions = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/specs")).TextAsync());
        var published = versions.RootElement.EnumerateArray().Single(v =>
            v.GetProperty("key").GetString() == "riverside" && v.GetProperty("status").GetString() == "Published");
        Assert.True(published.GetProperty("version").GetInt32() > 1);
        var content = await (await page.APIRequest.GetAsync($"/api/specs/{published.GetProperty("id").GetInt64()}/feature")).TextAsync();
        Assert.Contains("    And the response standard is 2-day", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpecEditor_Commissioner_ReadsTheDraftButIsOfferedNoSaveOrPublish()
    {
        // given a designer's draft of the North Shire spec
        var designer = await app.NewPageAsync();
        await SignIn.AsAsync(designer, "designer");
        using var versions = JsonDocument.Parse(await (await designer.APIRequest.GetAsync("/api/specs")).TextAsync());
        var northShire = versions.RootElement.EnumerateArray().First(v => v.GetProperty("key").GetString() == "north-shire");
        var feature = await (await designer.APIRequest.GetAsync($"/api/specs/{northShire.GetProperty("id").GetInt64()}/feature")).TextAsync();
        const string Note = "  A synthetic draft note a commissioner should be able to read.";
        var draft = feature.Insert(feature.IndexOf('\n', StringComparison.Ordinal) + 1, Note + "\n");
        var saved = await designer.APIRequest.PutAsync("/api/specs/north-shire/draft?locality=north-shire",
            new() { Data = draft, Headers = new Dictionary<string, string> { ["Content-Type"] = "text/plain" } });
        Assert.Equal(200, saved.Status);
        var draftId = JsonDocument.Parse(await saved.TextAsync()).RootElement.GetProperty("id").GetInt64();

        // when a commissioner opens it
        var page = await app.NewPageAsync();
        await SignIn.AsAsync(page, "commissioner");
        await page.GotoAsync("/policy");
        await page.GetByRole(AriaRole.Link, new() { Name = "Policy specs" }).First.ClickAsync();
        await page.GotoAsync($"/specs?id={draftId}#spec");

        // then they read the draft, read-only, with no way to save or publish, and the server refuses if they try
        var editor = page.Locator("[data-spec-text]");
        await Expect(editor).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(Note.Trim()));
        Assert.NotNull(await editor.GetAttributeAsync("readonly"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save draft" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Publish draft" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Run the draft" })).ToBeVisibleAsync();
        var refused = await page.APIRequest.PostAsync("/api/specs/north-shire/publish?locality=north-shire");
        Assert.Equal(403, refused.Status);
        await Screenshots.SaveAsync(page, "spec-editor-commissioner");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
