using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>
/// The designer's properties are picked in words, not typed as codes: a task's due time ("2 hours"), its form
/// by title, and the draft's locality by name; the saved draft holds the codes the engine reads.
/// </summary>
[Collection(HostedAppCollection.Name)]
public sealed class PickersTests(HostedApp app)
{
    [Fact]
    public async Task Designer_DueTimeFormAndLocality_ArePickedInWords_AndSavedAsCodes()
    {
        var page = await app.NewPageAsync(1366, 900);
        await SignIn.AsAsync(page, "designer");
        await page.GotoAsync("/designer?new=true");
        await page.Locator(".djs-palette").WaitForAsync();
        var canvas = (await page.Locator(".pw-canvas").BoundingBoxAsync())!;

        // given a user task taken from the palette and selected
        var taskId = await DesignerCanvas.DropUserTaskAsync(page, canvas, 400, 120);
        await DesignerCanvas.SelectAsync(page, canvas, taskId);
        await page.Locator("[data-group-id='group-pathway'] .bio-properties-panel-group-header").ClickAsync();

        // then its due time is offered in words, its form by title, and the locality by name
        var due = page.GetByLabel("Due within", new() { Exact = true });
        await Expect(due.Locator("option", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^2 hours$") })).ToHaveCountAsync(1);
        await Expect(due.Locator("option", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^2 weeks$") })).ToHaveCountAsync(1);
        Assert.DoesNotContain(await due.Locator("option").AllInnerTextsAsync(), o => o.StartsWith("PT", StringComparison.Ordinal) || o.StartsWith("P1", StringComparison.Ordinal));
        var form = page.GetByLabel("Form", new() { Exact = true });
        await Expect(form.Locator("option", new() { HasText = "Trusted assessment" }).First).ToBeAttachedAsync();
        var locality = page.Locator("#pw-locality");
        await Expect(locality.Locator("option", new() { HasText = "North Shire" })).ToHaveCountAsync(1);

        // when each is picked by its words
        await due.SelectOptionAsync(new SelectOptionValue { Label = "2 hours" });
        await form.SelectOptionAsync(new SelectOptionValue { Label = "Trusted assessment" });
        await locality.SelectOptionAsync(new SelectOptionValue { Label = "North Shire" });
        await Screenshots.SaveAsync(page, "designer-pickers");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // and the unfinished diagram is saved as a draft
        await page.GetByLabel("Key").FillAsync("pickers-journey");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.Locator(".pw-status")).ToContainTextAsync("Draft of pickers-journey (north-shire) saved");

        // then the draft holds the codes the engine reads
        using var list = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/pathways")).TextAsync());
        var draft = list.RootElement.EnumerateArray().Single(v => v.GetProperty("key").GetString() == "pickers-journey");
        Assert.Equal("north-shire", draft.GetProperty("locality").GetString());
        var xml = await (await page.APIRequest.GetAsync($"/api/pathways/{draft.GetProperty("id").GetInt64()}/xml")).TextAsync();
        Assert.Contains("pathway:due=\"PT2H\"", xml, StringComparison.Ordinal);
        Assert.Contains("pathway:form=\"trusted-assessment\"", xml, StringComparison.Ordinal);
    }
}
