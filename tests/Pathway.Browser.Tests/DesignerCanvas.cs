using Microsoft.Playwright;

namespace Pathway.Browser.Tests;

/// <summary>What a person does with the mouse on the designer's canvas, with the patience a person has.</summary>
internal static class DesignerCanvas
{
    /// <summary>Takes a user task from the palette, drops it at a point on the canvas and leaves its label editor.</summary>
    /// <returns>The new task's element id.</returns>
    public static async Task<string> DropUserTaskAsync(IPage page, LocatorBoundingBoxResult canvas, float x, float y)
    {
        await page.Locator(".djs-palette [data-action='create.user-task']").ClickAsync();
        await page.Mouse.MoveAsync(canvas.X + x, canvas.Y + y);
        await page.Mouse.ClickAsync(canvas.X + x, canvas.Y + y);
        var task = page.Locator("g.djs-shape[data-element-id^='Activity_']");
        await Assertions.Expect(task).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Escape");
        return (await task.GetAttributeAsync("data-element-id"))!;
    }

    /// <summary>diagram-js tools follow the pointer, so drag in steps as a hand would.</summary>
    public static async Task DragAsync(IPage page, ILocator from, ILocator to)
    {
        var a = (await from.BoundingBoxAsync())!;
        var b = (await to.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(a.X + a.Width / 2, a.Y + a.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(b.X + b.Width / 2, b.Y + b.Height / 2, new() { Steps = 10 });
        await page.Mouse.UpAsync();
    }

    /// <summary>
    /// Selects a shape so its context pad opens. Clicking an already selected shape opens no pad
    /// (the selection did not change), so click the empty canvas first, and try again if the pad is slow.
    /// </summary>
    public static async Task SelectAsync(IPage page, LocatorBoundingBoxResult canvas, string elementId)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.Mouse.ClickAsync(canvas.X + 300, canvas.Y + 380);
            await ClickShapeAsync(page, elementId);
            try
            {
                await page.Locator(".djs-context-pad.open [data-action='connect']").WaitForAsync(new() { Timeout = 2_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    private static async Task ClickShapeAsync(IPage page, string elementId)
    {
        var box = (await page.Locator($"g.djs-shape[data-element-id='{elementId}']").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width * 0.7f, box.Y + box.Height * 0.7f);
    }
}
