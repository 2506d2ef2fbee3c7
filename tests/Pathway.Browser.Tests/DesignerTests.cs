using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>A service designer draws a small pathway, is told what is wrong as they go, sets the task's role, saves and publishes.</summary>
[Collection(HostedAppCollection.Name)]
public sealed class DesignerTests(HostedApp app)
{
    [Fact]
    public async Task Designer_UserTaskFromPalette_RoleSetSavedAndPublished()
    {
        var page = await app.NewPageAsync();
        await SignIn.AsAsync(page, "designer");
        await page.GotoAsync("/designer?new=true");
        await page.Locator(".djs-palette").WaitForAsync();
        var canvas = (await page.Locator(".pw-canvas").BoundingBoxAsync())!;

        // when a user task is taken from the palette and dropped on the canvas
        var taskId = await DesignerCanvas.DropUserTaskAsync(page, canvas, 400, 120);

        // then the lint marks show, in a colour a person can see
        await Expect(page.Locator(".bjsl-overlay").First).ToBeVisibleAsync();
        await Expect(page.Locator(".bjsl-button")).ToContainTextAsync("Error");
        var background = await page.Locator(".bjsl-button").EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor");
        Assert.Equal("rgb(213, 40, 27)", background);
        await Screenshots.SaveAsync(page, "designer-lint-marks");

        // when an end event is appended, the role chosen, and the start event connected to the task
        // (connecting last: diagram-js keeps the new flow selected with its pad over the task)
        await DesignerCanvas.SelectAsync(page, canvas, taskId);
        await page.Locator(".djs-context-pad [data-action='append.end-event']").ClickAsync();
        await Expect(page.Locator("g.djs-shape[data-element-id^='Event_']")).ToHaveCountAsync(1);
        await DesignerCanvas.SelectAsync(page, canvas, taskId);
        await page.Locator("[data-group-id='group-pathway'] .bio-properties-panel-group-header").ClickAsync();
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("crisis-response-nurse");
        var flows = page.Locator("g.djs-connection[data-element-id^='Flow_']");
        // A drag that starts while the properties panel is still re-rendering can be lost, as a person's
        // would be; they would drag again, and so does the test (a few times at most).
        for (var attempt = 1; ; attempt++)
        {
            await DesignerCanvas.SelectAsync(page, canvas, "StartEvent_1");
            await DesignerCanvas.DragAsync(page, page.Locator(".djs-context-pad [data-action='connect']"), page.Locator($"g.djs-shape[data-element-id='{taskId}']"));
            try
            {
                await Expect(flows).ToHaveCountAsync(2, new() { Timeout = 2_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }

        // then the diagram lints clean
        await Expect(page.Locator(".bjsl-button")).ToContainTextAsync("No Issues");

        // when it is saved as a draft and published
        await page.GetByLabel("Key").FillAsync("browser-journey");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.Locator(".pw-status")).ToHaveAttributeAsync("data-kind", "success");
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync(); // "Publish the saved draft…? New cases will follow it."
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        // Publishing runs the policy specs first (the gate), so it takes a few seconds.
        await Expect(page.Locator(".pw-status")).ToContainTextAsync("Published browser-journey", new() { Timeout = 60_000 });
        await Screenshots.SaveAsync(page, "designer-published");

        // then the server holds a published version whose task is offered to the role
        var versions = await page.APIRequest.GetAsync("/api/pathways");
        using var list = JsonDocument.Parse(await versions.TextAsync());
        var published = list.RootElement.EnumerateArray().Single(v => v.GetProperty("key").GetString() == "browser-journey" && v.GetProperty("status").GetString() == "Published");
        var xml = await (await page.APIRequest.GetAsync($"/api/pathways/{published.GetProperty("id").GetInt64()}/xml")).TextAsync();
        Assert.Contains("pathway:role=\"crisis-response-nurse\"", xml, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
