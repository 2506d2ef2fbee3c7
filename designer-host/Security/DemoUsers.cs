using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Pathway.DesignerHost.Api;

namespace Pathway.DesignerHost.Security;

/// <summary>
/// Synthetic staff for trying Pathway out, one or more per role, signed in by password.
/// Registered in Development only: elsewhere sign-in goes through OpenID Connect.
/// A person's teams are the localities they serve: a locality (in the database) lists the teams
/// that work it, so a single point of access in several teams takes referrals for each of them.
/// </summary>
public sealed class DemoUsers
{
    public const string Password = "pathway-demo";

    public sealed record DemoUser(string Username, string Name, string[] Roles, string[] Teams);

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("nurse", "Nia Crisis-Nurse", ["clinician", "crisis-response-nurse"], ["north-shire"]),
        new("acp", "Ade Practitioner", ["clinician", "advanced-clinical-practitioner"], ["north-shire"]),
        new("physio", "Priya Physio", ["clinician", "community-physiotherapist"], ["north-shire"]),
        new("ot", "Owen Therapist", ["clinician", "occupational-therapist"], ["north-shire"]),
        new("district-nurse", "Dana District-Nurse", ["clinician", "district-nurse"], ["north-shire"]),
        new("social-worker", "Sam Social-Worker", ["clinician", "social-worker"], ["north-shire"]),
        new("palliative", "Pat Palliative", ["clinician", "specialist-palliative-care-nurse"], ["north-shire"]),
        new("reablement", "Rae Reablement", ["clinician", "reablement"], ["north-shire"]),
        new("coastal-nurse", "Cora Coastal", ["clinician", "crisis-response-nurse"], ["coastal-bay"]),
        new("coordinator", "Cal Coordinator", ["coordinator", "mdt"], ["north-shire"]),
        new("spa", "Sol Single-Point", ["coordinator", "mdt"], ["north-shire", "coastal-bay", "riverside"]),
        new("designer", "Dee Designer", ["service-designer"], []),
        new("commissioner", "Kim Commissioner", ["commissioner"], []),
        new("admin", "Ali Administrator", ["administrator"], []),
    ];

    public ClaimsPrincipal? SignIn(string username, string password)
    {
        var user = All.FirstOrDefault(u => u.Username == username);
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(Password));
        return user is null || !matches ? null : ToPrincipal(user);
    }

    public static ClaimsPrincipal ToPrincipal(DemoUser user)
    {
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, user.Username), new(ClaimTypes.Name, user.Name)];
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(user.Teams.Select(t => new Claim(HttpActor.TeamClaim, t)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "demo"));
    }
}
