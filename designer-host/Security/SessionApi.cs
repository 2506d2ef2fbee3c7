using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.DesignerHost.Api;
using Pathway.Runtime.Commands;

namespace Pathway.DesignerHost.Security;

/// <summary>Sign in and out with the cookie; the browser pages post here.</summary>
public static class SessionApi
{
    public static void MapSessionApi(this IEndpointRouteBuilder app)
    {
        var session = app.MapGroup("/api/session").WithTags("Session");
        session.MapPost("/", SignInAsync).AllowAnonymous().WithSummary("Sign in with a username and password (demo users in Development)");
        session.MapGet("/", Me).RequireAuthorization().WithSummary("Who is signed in, with roles and teams");
        session.MapDelete("/", (Func<HttpContext, Task<NoContent>>)SignOutAsync).RequireAuthorization().WithSummary("Sign out");
    }

    public sealed record SignInRequest(string? Username, string? Password);

    public sealed record SessionView(string Id, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Teams);

    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> SignInAsync(SignInRequest request, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
            return ProblemMapper.Refuse(ApiErrors.SignInIncomplete, "give both username and password");
        var principal = http.RequestServices.GetService<DemoUsers>()?.SignIn(request.Username, request.Password);
        if (principal is null)
            return ProblemMapper.Refuse(ApiErrors.SignInRefused, "unknown username or wrong password");
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.Ok(View(principal));
    }

    private static Ok<SessionView> Me(ClaimsPrincipal user) => TypedResults.Ok(View(user));

    private static async Task<NoContent> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static SessionView View(ClaimsPrincipal user)
    {
        var actor = user.ToActor();
        return new SessionView(actor.Id, actor.Name, actor.Roles, actor.Teams);
    }
}
