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
                cookie.Events.OnRedirectToLogin = context => Refuse(context.Response, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Refuse(context.Response, StatusCodes.Status403Forbidden);
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

    private static Task Refuse(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
