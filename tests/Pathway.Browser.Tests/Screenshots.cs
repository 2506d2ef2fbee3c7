using Microsoft.Playwright;

namespace Pathway.Browser.Tests;

public static class Screenshots
{
    /// <summary>A full-page screenshot named after the step, so a reviewer can check the pages look like an NHS service.</summary>
    public static Task SaveAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(HostedApp.ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>What the window shows now, for a long page whose full-page shot is too tall to read.</summary>
    public static Task SaveWindowAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(HostedApp.ScreenshotFolder, name + ".png") });
}
