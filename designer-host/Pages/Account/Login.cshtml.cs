using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pathway.Cases.People;
using Pathway.DesignerHost.Security;

namespace Pathway.DesignerHost.Pages.Account;

/// <summary>Sign in with a username and password (the synthetic demo staff in Development), then on to where each role starts.</summary>
[AllowAnonymous]
public sealed class LoginModel(IServiceProvider services) : PageModel
{
    /// <summary>Set by sign out, so the sign-in page can say the user is signed out.</summary>
    public const string SignedOutKey = "SignedOut";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Came here because the session ended while they were away (a return address, not a sign out).</summary>
    public bool SessionEnded => !string.IsNullOrEmpty(ReturnUrl) && TempData.Peek(SignedOutKey) is null;

    [BindProperty]
    [Required(ErrorMessage = "Enter your username")]
    public string? Username { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    public string? Password { get; set; }

    public IReadOnlyList<DemoUsers.DemoUser> DemoStaff { get; private set; } = [];

    public void OnGet() => DemoStaff = services.GetService<DemoUsers>() is null ? [] : DemoUsers.All;

    public async Task<IActionResult> OnPostAsync()
    {
        var demo = services.GetService<DemoUsers>();
        DemoStaff = demo is null ? [] : DemoUsers.All;
        if (!ModelState.IsValid)
            return Page();
        if (demo?.SignIn(Username!.Trim(), Password!) is not { } principal)
        {
            // One message for both, so the page does not say which usernames exist.
            ModelState.AddModelError(nameof(Username), "The username or password is not right");
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : StartPage(principal));
    }

    /// <summary>Where each role's work begins.</summary>
    public static string StartPage(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Disciplines.Clinician) || user.IsInRole(Disciplines.Coordinator) ? "/tasks"
        : user.IsInRole(Disciplines.ServiceDesigner) ? "/designer"
        : user.IsInRole(Disciplines.Commissioner) ? "/measures"
        : "/";
}
