namespace Pathway.Host.Tests;

/// <summary>Every endpoint against anonymous and every role: 401 unsigned, 403 for a role without the right, through for one with it.</summary>
public sealed class AuthorizationMatrixTests : IClassFixture<PathwayHostFactory>
{
    private const string Case = "/api/cases/0190a000-0000-7000-8000-000000000000";
    private readonly PathwayHostFactory _host;

    public AuthorizationMatrixTests(PathwayHostFactory host) => _host = host;

    // Endpoint, and the demo users allowed; everyone else gets 403. "Allowed" means past authorisation: any status but 401/403.
    public static TheoryData<string, string, string> Matrix()
    {
        string[] users = ["nurse", "coordinator", "designer", "commissioner", "admin"];
        (string Method, string Path, string[] Allowed)[] endpoints =
        [
            ("POST", "/api/referrals", ["nurse", "coordinator"]),
            ("POST", "/fhir/$process-message", ["nurse", "coordinator"]),
            ("GET", "/api/tasks", ["nurse", "coordinator"]),
            ("POST", "/api/tasks/999999/claim", ["nurse", "coordinator"]),
            ("POST", "/api/tasks/999999/release", ["nurse", "coordinator"]),
            ("POST", "/api/tasks/999999/reassign", ["coordinator"]),
            ("POST", "/api/tasks/999999/complete", ["nurse", "coordinator"]),
            ("POST", "/api/cases", ["designer"]),
            ("GET", Case, ["nurse", "coordinator", "admin"]),
            ("GET", Case + "/journal", ["nurse", "coordinator", "admin"]),
            ("POST", Case + "/messages/handover-response", ["coordinator", "admin"]),
            ("POST", Case + "/incidents/i1/retry", ["coordinator", "admin"]),
            ("GET", Case + "/assessment", ["nurse", "coordinator"]),
            ("POST", Case + "/assessment/accept", ["nurse", "coordinator"]),
            ("POST", Case + "/assessment/challenge", ["nurse", "coordinator"]),
            ("GET", Case + "/handovers", ["nurse", "coordinator"]),
            ("POST", Case + "/handovers/response", ["nurse", "coordinator"]),
            ("GET", "/api/huddles/north-shire", ["nurse", "coordinator"]),
            ("GET", "/api/pathways", ["designer", "commissioner", "admin"]),
            ("PUT", "/api/pathways/admission-avoidance/draft", ["designer"]),
            ("POST", "/api/pathways/admission-avoidance/publish", ["designer"]),
            ("GET", "/api/pathways/1/xml", ["designer", "commissioner", "admin"]),
            ("GET", "/api/roles", ["designer", "commissioner", "admin"]),
            ("GET", "/api/rules", ["designer", "commissioner", "admin"]),
            ("GET", "/api/rules/1/json", ["designer", "commissioner", "admin"]),
            ("PUT", "/api/rules/escalation/draft", ["designer"]),
            ("POST", "/api/rules/escalation/publish", ["designer"]),
            ("POST", "/api/rules/best-placed-assessor/evaluate", ["designer"]),
            ("GET", "/api/reports/outcomes", ["coordinator", "commissioner", "admin"]),
            ("GET", "/api/measures", ["coordinator", "commissioner", "admin"]),
            ("GET", "/api/measures/ucr-2-hour.csv", ["coordinator", "commissioner", "admin"]),
            ("GET", "/api/measures/ucr-referrals.csv", ["coordinator", "commissioner", "admin"]),
            ("GET", "/measures", ["coordinator", "commissioner", "admin"]),
            ("GET", "/designer", ["designer"]),
            ("GET", "/rules", ["designer"]),
            ("GET", "/tasks", ["nurse", "coordinator"]),
            ("GET", "/huddle", ["nurse", "coordinator"]),
            ("GET", "/referrals/new", ["nurse", "coordinator"]),
            ("GET", "/audit", ["admin"]),
            ("GET", "/api/audit", ["admin"]),
            ("GET", "/api/localities", users),
            ("POST", "/api/localities", ["admin"]),
            ("PUT", "/api/localities/north-shire", ["admin"]),
            ("GET", "/admin/localities", ["admin"]),
            ("GET", "/api/session", users),
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var (method, path, allowed) in endpoints)
        {
            data.Add(method, path, "anonymous");
            foreach (var user in users)
                data.Add(method, path, allowed.Contains(user) ? user + ":allowed" : user);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_ForEachRole_IsAuthorisedAsTheTableSays(string method, string path, string who)
    {
        var user = who.Split(':')[0];
        var client = user == "anonymous" ? _host.CreateClient(new() { AllowAutoRedirect = false }) : await _host.SignInAsync(user, followRedirects: false);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) };
        var response = await client.SendAsync(request);
        var outcome = Outcome(path, response);
        if (user == "anonymous")
            Assert.Equal("unauthorised", outcome);
        else if (who.EndsWith(":allowed", StringComparison.Ordinal))
            Assert.True(outcome == "through" && response.StatusCode != HttpStatusCode.InternalServerError,
                $"{user} should pass authorisation on {method} {path} without a 500, got {(int)response.StatusCode}");
        else
            Assert.Equal("forbidden", outcome);
    }

    // The API answers 401/403; a page sends a person to sign in, or to the page saying they may not.
    private static string Outcome(string path, HttpResponseMessage response)
    {
        var api = path.StartsWith("/api", StringComparison.Ordinal) || path.StartsWith("/fhir", StringComparison.Ordinal);
        var location = response.Headers.Location?.OriginalString ?? "";
        return (api, response.StatusCode) switch
        {
            (true, HttpStatusCode.Unauthorized) => "unauthorised",
            (true, HttpStatusCode.Forbidden) => "forbidden",
            (false, HttpStatusCode.Redirect) when location.Contains("/account/login", StringComparison.Ordinal) => "unauthorised",
            (false, HttpStatusCode.Redirect) when location.Contains("/account/denied", StringComparison.Ordinal) => "forbidden",
            _ => "through",
        };
    }

    [Fact]
    public async Task Case_OfAnotherTeam_IsForbiddenToClinician()
    {
        // given a north-shire case
        var coordinator = await _host.SignInAsync("coordinator");
        var location = (await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid())).Headers.Location!;

        // when a coastal-bay nurse reads it, then it is refused; the north-shire nurse may
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _host.SignInAsync("coastal-nurse")).GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await _host.SignInAsync("nurse")).GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task Session_WrongPassword_Is401()
    {
        var response = await _host.CreateClient().PostAsJsonAsync("/api/session", new { username = "nurse", password = "guess" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_IsServed()
    {
        var document = await _host.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json");
        Assert.NotNull(document!["paths"]!["/api/referrals"]);
    }
}
