using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>The designer gives the diagram the window, lists problems by cause, and loses no work.</summary>
[Collection(HostedAppCollection.Name)]
public sealed class DesignerWorkspaceTests(HostedApp app)
{
    [Fact]
    public async Task Designer_FullWidth_SavesAnUnfinishedDraftAndListsItsProblemsByCause()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        await SignIn.AsAsync(page, "designer");
        await page.GotoAsync("/designer?new=true");
        await page.Locator(".djs-palette").WaitForAsync();

        // then the canvas takes most of the window's width and reaches its bottom
        var canvas = (await page.Locator(".pw-canvas").BoundingBoxAsync())!;
        Assert.True(canvas.Width >= 900, $"the canvas is {canvas.Width} px wide at 1366 px");
        Assert.True(canvas.Height >= 500 && canvas.Y + canvas.Height <= 900, $"the canvas runs from {canvas.Y} to {canvas.Y + canvas.Height} px in a 900 px window");
        var properties = (await page.Locator(".pw-properties").BoundingBoxAsync())!;
        Assert.True(properties.X >= canvas.X + canvas.Width - 1, "the properties panel sits beside the canvas");

        // when a user task is dropped and left unconnected, with no role: an unfinished pathway
        var taskId = await DesignerCanvas.DropUserTaskAsync(page, canvas, 500, 200);

        // then the problems beside the canvas name it, with the server's codes
        var lint = page.Locator("[data-problems-source='lint']");
        await Expect(lint).ToContainTextAsync("PW1004");
        await Expect(lint).ToContainTextAsync("PW1007");

        // when it is saved as a draft
        await page.GetByLabel("Key", new() { Exact = true }).FillAsync("unfinished-journey");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.Locator(".pw-status")).Not.ToBeEmptyAsync();

        // and a problem is clicked, its element is selected on the diagram
        await page.Mouse.ClickAsync(canvas.X + 300, canvas.Y + canvas.Height - 60);
        await lint.Locator($".pw-problem__link[data-element='{taskId}']").First.ClickAsync();
        await Expect(page.Locator($"g.djs-element.selected[data-element-id='{taskId}']")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "designer-full-width-unfinished-draft");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // then the server kept the unfinished draft and listed what stops it being published
        // (needs PUT /api/pathways/{key}/draft to accept unfinished drafts: the shared draft contract)
        await Expect(page.Locator(".pw-status")).ToHaveAttributeAsync("data-kind", "success");
        await Expect(page.Locator("[data-problems-source='server']")).ToContainTextAsync("PW1007");
        var versions = await page.APIRequest.GetAsync("/api/pathways");
        using var list = JsonDocument.Parse(await versions.TextAsync());
        Assert.Contains(list.RootElement.EnumerateArray(), v => v.GetProperty("key").GetString() == "unfinished-journey" && v.GetProperty("status").GetString() == "Draft");
    }

    [Fact]
    public async Task Designer_SessionEnded_KeepsTheDiagramAndSavesItAfterSigningInAgain()
    {
        var page = await app.NewPageAsync();
        await SignIn.AsAsync(page, "designer");
        await page.GotoAsync("/designer");
        await Expect(page.Locator("g.djs-shape[data-element-id='Triage']")).ToHaveCountAsync(1);
        await page.GetByLabel("Key", new() { Exact = true }).FillAsync("kept-across-sign-in");

        // when the session ends and the draft is saved
        await page.APIRequest.DeleteAsync("/api/session");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        // then the designer says the diagram is kept, and where to sign in
        await Expect(page.Locator(".pw-status")).ToContainTextAsync("session has ended");
        await Screenshots.SaveAsync(page, "designer-session-ended");
        await page.GetByRole(AriaRole.Link, new() { Name = "sign in again to save it" }).ClickAsync();
        await page.GetByLabel("Username").FillAsync("designer");
        await page.GetByLabel("Password").FillAsync(SignIn.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // then the diagram comes back and is saved as the draft it was meant to be
        await Expect(page.Locator(".pw-status")).ToContainTextAsync("Draft of kept-across-sign-in (national) saved");
        await Expect(page.Locator("g.djs-shape[data-element-id='Triage']")).ToHaveCountAsync(1);
        var versions = await page.APIRequest.GetAsync("/api/pathways");
        using var list = JsonDocument.Parse(await versions.TextAsync());
        Assert.Contains(list.RootElement.EnumerateArray(), v => v.GetProperty("key").GetString() == "kept-across-sign-in");
        Assert.Equal("null", await page.EvaluateAsync<string>("() => String(localStorage.getItem('pathway.designer.unsaved'))"));
    }
}
