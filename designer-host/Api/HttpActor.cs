using System.Security.Claims;
using Pathway.Runtime.Commands;

namespace Pathway.DesignerHost.Api;

/// <summary>The signed-in person as the engine's <see cref="Actor"/>.</summary>
public static class HttpActor
{
    public const string TeamClaim = "team";

    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "anonymous",
        user.FindFirstValue(ClaimTypes.Name) ?? user.Identity?.Name ?? "anonymous",
        [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)],
        [.. user.FindAll(TeamClaim).Select(c => c.Value)]);
}
