using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Pathway.DesignerHost.Security;

/// <summary>
/// Cookie sign-in is the embedded default (demo users in Development); OpenID Connect joins
/// when <c>Authentication:OpenIdConnect:Authority</c> is set. The API answers 401/403, never a redirect.
/// </summary>
public static class AuthSetup
{
    public static void AddPathwayAuth(this WebApplicationBuilder builder)
    {
        var auth = builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "pathway";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                // The API answers with a status; a person on a page is sent to sign in (or told why not).
                cookie.LoginPath = "/account/login";
                cookie.AccessDeniedPath = "/account/denied";
                cookie.Events.OnRedirectToLogin = context => IsApi(context.Request)
                    ? Refuse(context.Response, StatusCodes.Status401Unauthorized)
                    : Redirect(context);
                cookie.Events.OnRedirectToAccessDenied = context => IsApi(context.Request)
                    ? Refuse(context.Response, StatusCodes.Status403Forbidden)
                    : Redirect(context);
            });
        var oidc = builder.Configuration.GetSection("Authentication:OpenIdConnect");
        if (oidc["Authority"] is { Length: > 0 })
        {
            auth.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, options =>
            {
                oidc.Bind(options);
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.ResponseType = "code";
                options.SaveTokens = false;
                options.TokenValidationParameters.RoleClaimType = oidc["RoleClaimType"] ?? "roles";
            });
        }
        builder.Services.AddAuthorization(Policies.Add);
        if (builder.Environment.IsDevelopment())
            builder.Services.AddSingleton<DemoUsers>();
        builder.Services.AddScoped<CaseAccess>();
    }

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/fhir") || request.Path.StartsWithSegments("/openapi");

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task Refuse(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
