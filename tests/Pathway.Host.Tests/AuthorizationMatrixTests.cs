using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Pathway.Host.Tests;

/// <summary>
/// Every endpoint the host maps (read from its endpoint data source) against anonymous and every
/// role: 401 or sign-in unsigned, 403 or the denied page for a role without the right, and the real
/// success status, on data set up for it, for a role with it. An endpoint with no row fails.
/// </summary>
public sealed class AuthorizationMatrixTests : IClassFixture<PathwayHostFactory>
{
    private static readonly string[] Users = ["nurse", "coordinator", "designer", "commissioner", "admin"];
    private static readonly string[] CaseReaders = ["nurse", "coordinator", "admin"];
    private static readonly string[] CaseWorkers = ["nurse", "coordinator"];
    private static readonly string[] DefinitionReaders = ["designer", "commissioner", "admin"];
    private static readonly string[] Designers = ["designer"];
    private static readonly string[] Reporters = ["coordinator", "commissioner", "admin"];
    private const string Anyone = "anonymous";

    private readonly PathwayHostFactory _host;
    private readonly MatrixData _data;

    public AuthorizationMatrixTests(PathwayHostFactory host)
    {
        _host = host;
        _data = new MatrixData(host);
    }

    /// <summary>Each endpoint ("METHOD /route pattern"): who may use it, the status they get, and the request (after any set-up) for a user.</summary>
    private Dictionary<string, Access> Expected() => new(StringComparer.Ordinal)
    {
        ["POST /api/session"] = new([Anyone, .. Users], 200, _ => Json(HttpMethod.Post, "/api/session", new { username = "nurse", password = "pathway-demo" })),
        ["GET /api/session"] = new(Users, 200, _ => Get("/api/session")),
        ["DELETE /api/session"] = new(Users, 204, _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Delete, "/api/session"))),
        ["POST /api/referrals"] = new(CaseWorkers, 201, _ => Json(HttpMethod.Post, "/api/referrals", Referrals.Valid())),
        ["POST /fhir/$process-message"] = new(CaseWorkers, 201, _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/fhir/$process-message")
            { Content = new StringContent(FhirBundles.New($"SR-{Guid.NewGuid():N}"), Encoding.UTF8, "application/fhir+json") })),
        ["GET /api/tasks"] = new(CaseWorkers, 200, _ => Get("/api/tasks")),
        ["POST /api/tasks/{id:long}/claim"] = new(CaseWorkers, 200, async user => Post($"/api/tasks/{await _data.TaskForAsync(user)}/claim")),
        ["POST /api/tasks/{id:long}/release"] = new(CaseWorkers, 200, async user => Post($"/api/tasks/{await _data.ClaimedTaskForAsync(user)}/release")),
        ["POST /api/tasks/{id:long}/reassign"] = new(["coordinator"], 200, async user =>
            await Json(HttpMethod.Post, $"/api/tasks/{await _data.TaskForAsync("coordinator")}/reassign", new { toRole = "district-nurse" })),
        ["POST /api/tasks/{id:long}/complete"] = new(CaseWorkers, 200, async user =>
            await Json(HttpMethod.Post, $"/api/tasks/{await _data.TaskForAsync(user)}/complete", new { output = CaseApi.Assessment() })),
        ["POST /api/cases"] = new(Designers, 201, _ => Json(HttpMethod.Post, "/api/cases", new { pathway = "admission-avoidance", locality = "north-shire", variables = new { } })),
        ["GET /api/cases"] = new(CaseReaders, 200, _ => Get("/api/cases")),
        ["GET /api/cases/{id:guid}"] = new(CaseReaders, 200, async user => GetNow(await _data.CaseAsync() + ReasonFor(user))),
        ["GET /api/cases/{id:guid}/journal"] = new(CaseReaders, 200, async user => GetNow(await _data.CaseAsync() + "/journal" + ReasonFor(user))),
        ["GET /api/cases/{id:guid}/pathway-xml"] = new(CaseReaders, 200, async user => GetNow(await _data.CaseAsync() + "/pathway-xml" + ReasonFor(user))),
        ["GET /api/cases/{id:guid}/diagram-state"] = new(CaseReaders, 200, async user => GetNow(await _data.CaseAsync() + "/diagram-state" + ReasonFor(user))),
        ["POST /api/cases/{id:guid}/messages/{name}"] = new(["coordinator", "admin"], 200, async _ =>
            await Json(HttpMethod.Post, await _data.CaseAwaitingHandoverAsync() + "/messages/handover-accepted", new { handoverAccepted = true })),
        ["POST /api/signals/{name}"] = new(["coordinator", "admin"], 200, _ => Json(HttpMethod.Post, "/api/signals/winter-escalation", new { level = 3 })),
        ["POST /api/messages"] = new(["coordinator", "admin"], 200, async _ =>
        {
            await _data.CaseAwaitingHandoverAsync();
            return await Json(HttpMethod.Post, "/api/messages", new { name = "handover-accepted", locality = "north-shire", payload = new { handoverAccepted = true } });
        }),
        ["POST /api/cases/{id:guid}/incidents/{incidentId}/retry"] = new(["coordinator", "admin"], 200, async _ =>
            Post(await _data.IncidentAsync())),
        ["GET /api/cases/{id:guid}/assessment"] = new(CaseWorkers, 200, async _ => GetNow(await _data.AssessedCaseAsync() + "/assessment")),
        ["POST /api/cases/{id:guid}/assessment/accept"] = new(CaseWorkers, 200, async _ => Post(await _data.AssessedCaseAsync() + "/assessment/accept")),
        ["POST /api/cases/{id:guid}/assessment/challenge"] = new(CaseWorkers, 200, async _ =>
            await Json(HttpMethod.Post, await _data.AssessedCaseAsync() + "/assessment/challenge", new { reason = "Medication review missing" })),
        ["GET /api/cases/{id:guid}/handovers"] = new(CaseWorkers, 200, async _ => GetNow(await _data.CaseAsync() + "/handovers")),
        // Only the receiving service's role answers a handover, or a coordinator on its behalf: a nurse of the team is refused.
        ["POST /api/cases/{id:guid}/handovers/response"] = new(["coordinator"], 200, async _ =>
            await Json(HttpMethod.Post, await _data.CaseAwaitingHandoverAsync() + "/handovers/response", new { accepted = true })),
        ["GET /api/huddles/{team}"] = new(CaseWorkers, 200, _ => Get("/api/huddles/north-shire")),
        ["GET /api/pathways"] = new(DefinitionReaders, 200, _ => Get("/api/pathways")),
        ["GET /api/pathways/{id:long}/xml"] = new(DefinitionReaders, 200, async _ => GetNow($"/api/pathways/{await _data.FirstIdAsync("/api/pathways")}/xml")),
        ["GET /api/pathways/{key}/compare"] = new(DefinitionReaders, 200, _ => Get("/api/pathways/admission-avoidance/compare?from=1&to=1")),
        ["PUT /api/pathways/{key}/draft"] = new(Designers, 200, async _ => await _data.PathwayDraftAsync()),
        ["POST /api/pathways/{key}/publish"] = new(Designers, 200, async _ => await _data.PathwayPublishAsync()),
        ["POST /api/pathways/{key}/rollback"] = new(Designers, 200, async _ => await _data.RollBackAsync("pathways", "admission-avoidance", _data.PathwayDraftAsync)),
        ["GET /api/pathways/{key}/open-cases"] = new(Designers, 200, _ => Get("/api/pathways/admission-avoidance/open-cases")),
        ["POST /api/pathways/{key}/migrations/dry-run"] = new(Designers, 200, async _ =>
        {
            using var draft = await _data.PathwayDraftAsync();
            Assert.Equal(HttpStatusCode.OK, (await (await _host.SignInAsync("designer")).SendAsync(draft)).StatusCode);
            return Post("/api/pathways/admission-avoidance/migrations/dry-run?locality=matrix-town");
        }),
        ["POST /api/pathways/{key}/migrations"] = new(Designers, 200, _ => Task.FromResult(Post("/api/pathways/admission-avoidance/migrations?locality=matrix-town"))),
        ["GET /api/pathways/{key}/impact"] = new(DefinitionReaders, 200, async _ =>
        {
            using var draft = await _data.PathwayDraftAsync();
            Assert.Equal(HttpStatusCode.OK, (await (await _host.SignInAsync("designer")).SendAsync(draft)).StatusCode);
            return GetNow("/api/pathways/admission-avoidance/impact?locality=matrix-town");
        }),
        ["GET /api/roles"] = new(DefinitionReaders, 200, _ => Get("/api/roles")),
        ["GET /api/rules"] = new(DefinitionReaders, 200, _ => Get("/api/rules")),
        ["GET /api/rules/{id:long}/json"] = new(DefinitionReaders, 200, async _ => GetNow($"/api/rules/{await _data.FirstIdAsync("/api/rules")}/json")),
        ["GET /api/rules/{key}/compare"] = new(DefinitionReaders, 200, _ => Get("/api/rules/escalation/compare?from=1&to=1")),
        ["PUT /api/rules/{key}/draft"] = new(Designers, 200, async _ => await _data.RuleDraftAsync()),
        ["POST /api/rules/{key}/publish"] = new(Designers, 200, async _ => await _data.RulePublishAsync()),
        ["POST /api/rules/{key}/rollback"] = new(Designers, 200, async _ => await _data.RollBackAsync("rules", "escalation", _data.RuleDraftAsync)),
        ["GET /api/specs"] = new(DefinitionReaders, 200, _ => Get("/api/specs")),
        ["GET /api/specs/{id:long}/feature"] = new(DefinitionReaders, 200, async _ => GetNow($"/api/specs/{await _data.FirstIdAsync("/api/specs")}/feature")),
        ["GET /api/specs/{key}/compare"] = new(DefinitionReaders, 200, _ => Get("/api/specs/closure/compare?from=1&to=1")),
        ["PUT /api/specs/{key}/draft"] = new(Designers, 200, async _ => await _data.SpecDraftAsync()),
        ["POST /api/specs/{key}/publish"] = new(Designers, 200, async _ => await _data.SpecPublishAsync()),
        ["POST /api/specs/{key}/rollback"] = new(Designers, 200, async _ => await _data.RollBackAsync("specs", "closure", _data.SpecDraftAsync)),
        ["POST /api/specs/check"] = new(DefinitionReaders, 200, _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/specs/check")
            { Content = new StringContent(File.ReadAllText(Repository.Combine("specs", "national", "closure.feature")), Encoding.UTF8, "text/plain") })),
        ["GET /api/specs/steps"] = new(DefinitionReaders, 200, _ => Get("/api/specs/steps")),
        ["POST /api/specs/{key}/run"] = new(["designer", "commissioner"], 200, async _ => await _data.SpecRunAsync()),
        ["GET /api/policy/results"] = new(DefinitionReaders, 200, _ => Get("/api/policy/results")),
        ["POST /api/policy/run"] = new(["designer", "commissioner"], 200, _ => Task.FromResult(Post("/api/policy/run"))),
        ["POST /api/rules/{name}/evaluate"] = new(Designers, 200, _ => Json(HttpMethod.Post, "/api/rules/best-placed-assessor/evaluate",
            new { presentingNeed = "fall", age = 82, clinicalFrailtyScale = 2, news2Score = 1, setting = "own-home", hourOfDay = 11 })),
        ["GET /api/rules/{name}/impact"] = new(DefinitionReaders, 200, async _ =>
        {
            using var draft = await _data.RuleDraftAsync();
            Assert.Equal(HttpStatusCode.OK, (await (await _host.SignInAsync("designer")).SendAsync(draft)).StatusCode);
            return new HttpRequestMessage(HttpMethod.Get, "/api/rules/escalation/impact?locality=matrix-town");
        }),
        ["POST /api/impact-runs"] = new(DefinitionReaders, 202, async _ =>
        {
            using var draft = await _data.RuleDraftAsync();
            Assert.Equal(HttpStatusCode.OK, (await (await _host.SignInAsync("designer")).SendAsync(draft)).StatusCode);
            return await Json(HttpMethod.Post, "/api/impact-runs", new { kind = "RuleSet", key = "escalation", locality = "matrix-town" });
        }),
        ["GET /api/impact-runs/{id:guid}"] = new(DefinitionReaders, 200, async user => GetNow($"/api/impact-runs/{(await _data.ImpactRunAsync(user))["id"]}")),
        ["DELETE /api/impact-runs/{id:guid}"] = new(DefinitionReaders, 202, async user =>
            new HttpRequestMessage(HttpMethod.Delete, $"/api/impact-runs/{(await _data.ImpactRunAsync(user))["id"]}")),
        ["GET /api/impact-reports/{id:long}"] = new(DefinitionReaders, 200, async user => GetNow($"/api/impact-reports/{await _data.ImpactReportAsync(user)}")),
        ["GET /api/impact-reports/draft"] = new(DefinitionReaders, 204, _ => Get("/api/impact-reports/draft?kind=RuleSet&key=mdt-selection&locality=nowhere-shire")),
        ["POST /api/rules/{name}/evaluate/unsaved"] = new(Designers, 200, _ => Json(HttpMethod.Post, "/api/rules/best-placed-assessor/evaluate/unsaved",
            new { ruleSet = JsonNode.Parse(File.ReadAllText(Repository.Combine("rules", "national", "best-placed-assessor.json"))), referral = new { presentingNeed = "fall", age = 82, news2Score = 1, setting = "own-home", hourOfDay = 11 } })),
        ["GET /api/reports/outcomes"] = new(Reporters, 200, _ => Get("/api/reports/outcomes")),
        ["GET /api/measures"] = new(Reporters, 200, _ => Get("/api/measures")),
        ["GET /api/measures/definitions"] = new(Reporters, 200, _ => Get("/api/measures/definitions")),
        ["GET /api/measures/ucr-referrals.csv"] = new(Reporters, 200, _ => Get("/api/measures/ucr-referrals.csv")),
        ["GET /api/measures/{measure}.csv"] = new(Reporters, 200, _ => Get("/api/measures/ucr-2-hour.csv")),
        ["GET /api/audit"] = new(["admin"], 200, _ => Get("/api/audit")),
        ["GET /api/localities"] = new(Users, 200, _ => Get("/api/localities")),
        ["GET /api/localities/{code}"] = new(Users, 200, _ => Get("/api/localities/north-shire")),
        ["POST /api/localities"] = new(["admin"], 201, _ => Json(HttpMethod.Post, "/api/localities", MatrixData.NewLocality())),
        ["PUT /api/localities/{code}"] = new(["admin"], 200, async _ => await _data.LocalityChangeAsync()),
        ["GET /admin/localities"] = new(["admin"], 200, _ => Get("/admin/localities")),
        ["GET /openapi/{documentName}.json"] = new([Anyone, .. Users], 200, _ => Get("/openapi/v1.json")),
        ["GET /scalar/{documentName?}"] = new([Anyone, .. Users], 200, _ => Get("/scalar/v1")),
        ["GET /scalar/scalar.js"] = new([Anyone, .. Users], 200, _ => Get("/scalar/scalar.js")),
        ["GET /scalar/scalar.aspnetcore.js"] = new([Anyone, .. Users], 200, _ => Get("/scalar/scalar.aspnetcore.js")),
        ["GET /scalar/favicon.svg"] = new([Anyone, .. Users], 200, _ => Get("/scalar/favicon.svg")),
        ["GET /"] = new([Anyone, .. Users], 200, _ => Get("/")),
        ["GET /Index"] = new([Anyone, .. Users], 200, _ => Get("/Index")),
        ["GET /account/login"] = new([Anyone, .. Users], 200, _ => Get("/account/login")),
        ["GET /account/logout"] = new(Users, 302, _ => Get("/account/logout")),
        ["GET /account/denied"] = new(Users, 200, _ => Get("/account/denied")),
        ["GET /measures"] = new(Reporters, 200, _ => Get("/measures")),
        ["GET /designer"] = new(Designers, 200, _ => Get("/designer")),
        ["GET /rules"] = new(Designers, 200, _ => Get("/rules")),
        ["GET /specs"] = new(DefinitionReaders, 200, _ => Get("/specs")),
        ["GET /impact/{id:long}"] = new(DefinitionReaders, 200, async user => GetNow($"/impact/{await _data.ImpactReportAsync(user)}")),
        ["GET /policy"] = new([Anyone, .. Users], 200, _ => Get("/policy")),
        ["GET /policy/print"] = new([Anyone, .. Users], 200, _ => Get("/policy/print")),
        ["GET /policy/{**path}"] = new([Anyone, .. Users], 200, async _ => GetNow(await _data.PolicyDocumentAsync())),
        ["GET /tasks"] = new(CaseWorkers, 200, _ => Get("/tasks")),
        ["GET /huddle"] = new(CaseWorkers, 200, _ => Get("/huddle")),
        ["GET /referrals/new"] = new(CaseWorkers, 200, _ => Get("/referrals/new")),
        ["GET /cases"] = new(CaseReaders, 200, _ => Get("/cases")),
        ["GET /cases/{id:guid}"] = new(CaseReaders, 200, async _ => GetNow((await _data.CaseAsync()).Replace("/api/cases/", "/cases/", StringComparison.Ordinal))),
        ["GET /audit"] = new(["admin"], 200, _ => Get("/audit")),
        ["GET /status/{code:int}"] = new([Anyone, .. Users], 200, _ => Get("/status/404")),
        ["GET /health/live"] = new([Anyone, .. Users], 200, _ => Get("/health/live")),
        ["GET /health/ready"] = new([Anyone, .. Users], 200, _ => Get("/health/ready")),
    };

    [Fact]
    public void EveryMappedEndpoint_HasARow_AndEveryRowAnEndpoint()
    {
        var mapped = MappedEndpoints();
        var expected = Expected().Keys.ToHashSet(StringComparer.Ordinal);
        var problems = mapped.Except(expected).Select(e => $"no row in the expected-access table for {e}")
            .Concat(expected.Except(mapped).Select(e => $"a row for {e}, which the host does not map")).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task EveryEndpoint_ForAnonymousAndEveryRole_AnswersAsTheTableSays()
    {
        var failures = new List<string>();
        var table = Expected();
        foreach (var endpoint in MappedEndpoints().Order(StringComparer.Ordinal))
        {
            if (!table.TryGetValue(endpoint, out var access))
                continue;
            // Allowed roles first, each on fresh data of its own; a refused role is sent a copy of an allowed request.
            Snapshot? allowedRequest = null;
            foreach (var user in ((string[])[Anyone, .. Users]).OrderBy(u => !access.Allowed.Contains(u)))
            {
                var client = user == Anyone ? _host.CreateClient(new() { AllowAutoRedirect = false }) : await _host.SignInAsync(user, followRedirects: false);
                HttpRequestMessage request;
                try
                {
                    request = allowedRequest is not null && !access.Allowed.Contains(user)
                        ? allowedRequest.Copy()
                        : await access.Request(access.Allowed.Contains(user) ? user : access.Allowed.FirstOrDefault(u => u != Anyone) ?? user);
                    allowedRequest ??= await Snapshot.OfAsync(request);
                }
                catch (Exception ex) when (ex is InvalidOperationException or Xunit.Sdk.XunitException or NullReferenceException)
                {
                    failures.Add($"{endpoint} as {user}: the set-up failed: {ex.Message}");
                    continue;
                }
                using var _ = request;
                var path = request.RequestUri!.OriginalString;
                var response = await client.SendAsync(request);
                var outcome = Outcome(path, response);
                var expected = access.Allowed.Contains(user) ? $"status {access.Success}" : user == Anyone ? "unauthorised" : "forbidden";
                if (outcome != expected)
                    failures.Add($"{endpoint} as {user}: expected {expected}, got {outcome} {await Describe(response)}");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private HashSet<string> MappedEndpoints() =>
        _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {Route(e)}"))
            .ToHashSet(StringComparer.Ordinal);

    private static string Route(RouteEndpoint endpoint)
    {
        var raw = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
        return raw;
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
            _ => $"status {(int)response.StatusCode}",
        };
    }

    private static async Task<string> Describe(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length > 300 ? body[..300] : body;
    }

    private static Task<HttpRequestMessage> Get(string path) => Task.FromResult(GetNow(path));

    private static HttpRequestMessage GetNow(string path) => new(HttpMethod.Get, path);

    /// <summary>An administrator opens a record outside their teams only with a reason.</summary>
    private static string ReasonFor(string user) => user == "admin" ? "?reason=Checking%20the%20authorisation%20matrix" : "";

    private static HttpRequestMessage Post(string path) => new(HttpMethod.Post, path);

    private static Task<HttpRequestMessage> Json(HttpMethod method, string path, object body) =>
        Task.FromResult(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });

    private sealed record Access(string[] Allowed, int Success, Func<string, Task<HttpRequestMessage>> Request);

    private sealed record Snapshot(HttpMethod Method, string Uri, string? Body, string? MediaType)
    {
        public static async Task<Snapshot> OfAsync(HttpRequestMessage request) =>
            new(request.Method, request.RequestUri!.OriginalString,
                request.Content is null ? null : await request.Content.ReadAsStringAsync(), request.Content?.Headers.ContentType?.MediaType);

        public HttpRequestMessage Copy() =>
            new(Method, Uri) { Content = Body is null ? null : new StringContent(Body, Encoding.UTF8, MediaType ?? "application/json") };
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
