using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>Signs in through the sign-in page as one of the synthetic demo staff (Development only).</summary>
public static class SignIn
{
    public const string Password = "pathway-demo";

    public static async Task AsAsync(IPage page, string username, string? returnUrl = null)
    {
        await page.GotoAsync(returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[data-signed-in-as]")).ToBeVisibleAsync();
    }
}
