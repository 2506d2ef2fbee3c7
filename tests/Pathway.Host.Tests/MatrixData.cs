using System.Text;
using System.Text.RegularExpressions;
using Pathway.Testing;

namespace Pathway.Host.Tests;

/// <summary>Fresh data for one cell of the authorisation matrix, set up through the API by the roles that may.</summary>
public sealed partial class MatrixData(PathwayHostFactory host)
{
    /// <summary>A new north-shire case from a referral; its API path.</summary>
    public async Task<string> CaseAsync()
    {
        var coordinator = await host.SignInAsync("coordinator");
        var created = await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return created.Headers.Location!.OriginalString;
    }

    /// <summary>The trusted-assessment task of a new case, offered to <paramref name="user"/>'s own role.</summary>
    public async Task<long> TaskForAsync(string user) => await TaskForRoleAsync(await CaseAsync(), RoleOf(user));

    public async Task<long> ClaimedTaskForAsync(string user)
    {
        var id = await TaskForAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await (await host.SignInAsync(user)).PostAsync($"/api/tasks/{id}/claim", null)).StatusCode);
        return id;
    }

    /// <summary>A case whose trusted assessment an occupational therapist recorded, for any other discipline to review.</summary>
    public async Task<string> AssessedCaseAsync()
    {
        var location = await CaseAsync();
        var task = await TaskForRoleAsync(location, "occupational-therapist");
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(await host.SignInAsync("ot"), task, CaseApi.Assessment(selfNeglect: false))).StatusCode);
        return location;
    }

    /// <summary>A case waiting for the receiving service to answer a handover.</summary>
    public async Task<string> CaseAwaitingHandoverAsync()
    {
        var location = await AssessedCaseAsync();
        var coordinator = await host.SignInAsync("coordinator");
        await CaseApi.DecideMdtIfAskedAsync(coordinator, location);
        var plan = await CaseApi.OpenTaskAsync(coordinator, location, "handover");
        var planner = await host.SignInAsync(Staff.For(plan["role"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(planner, plan["id"]!.GetValue<long>(),
            new { handoverRequired = true, receivingService = "gp", summary = "GP review of falls" })).StatusCode);
        return location;
    }

    /// <summary>The retry path of an open incident: a case whose age the rules cannot read as a number stops at its first rule set.</summary>
    public async Task<string> IncidentAsync()
    {
        var designer = await host.SignInAsync("designer");
        var started = await designer.PostAsJsonAsync("/api/cases", new { pathway = "admission-avoidance", locality = "north-shire", variables = new { age = "eighty" } });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var view = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        var incident = view["incidents"]!.AsArray().FirstOrDefault()?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"no incident on {view.ToJsonString()}");
        return $"/api/cases/{view["id"]!.GetValue<string>()}/incidents/{incident}/retry";
    }

    public async Task<long> FirstIdAsync(string list) =>
        (await (await host.SignInAsync("designer")).GetFromJsonAsync<JsonArray>(list))!.First()!["id"]!.GetValue<long>();

    public Task<HttpRequestMessage> PathwayDraftAsync() => Task.FromResult(new HttpRequestMessage(HttpMethod.Put, "/api/pathways/admission-avoidance/draft?locality=matrix-town")
        { Content = new StringContent(File.ReadAllText(Repository.Combine("workflows", "admission-avoidance.bpmn")), Encoding.UTF8, "application/xml") });

    public async Task<HttpRequestMessage> PathwayPublishAsync()
    {
        using var draft = await PathwayDraftAsync();
        Assert.Equal(HttpStatusCode.OK, (await (await host.SignInAsync("designer")).SendAsync(draft)).StatusCode);
        return new HttpRequestMessage(HttpMethod.Post, "/api/pathways/admission-avoidance/publish?locality=matrix-town");
    }

    public async Task<HttpRequestMessage> RuleDraftAsync()
    {
        var designer = await host.SignInAsync("designer");
        var rules = (await designer.GetFromJsonAsync<JsonArray>("/api/rules"))!;
        var id = rules.First(r => r!["key"]!.GetValue<string>() == "escalation")!["id"]!.GetValue<long>();
        var json = await designer.GetStringAsync($"/api/rules/{id}/json");
        return new HttpRequestMessage(HttpMethod.Put, "/api/rules/escalation/draft?locality=matrix-town") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }

    public async Task<HttpRequestMessage> RulePublishAsync()
    {
        using var draft = await RuleDraftAsync();
        Assert.Equal(HttpStatusCode.OK, (await (await host.SignInAsync("designer")).SendAsync(draft)).StatusCode);
        return new HttpRequestMessage(HttpMethod.Post, "/api/rules/escalation/publish?locality=matrix-town");
    }

    public Task<HttpRequestMessage> SpecDraftAsync() => Task.FromResult(new HttpRequestMessage(HttpMethod.Put, "/api/specs/closure/draft?locality=matrix-town")
        { Content = new StringContent(File.ReadAllText(Repository.Combine("specs", "national", "closure.feature")), Encoding.UTF8, "text/plain") });

    public async Task<HttpRequestMessage> SpecPublishAsync()
    {
        using var draft = await SpecDraftAsync();
        Assert.Equal(HttpStatusCode.OK, (await (await host.SignInAsync("designer")).SendAsync(draft)).StatusCode);
        return new HttpRequestMessage(HttpMethod.Post, "/api/specs/closure/publish?locality=matrix-town");
    }

    public async Task<HttpRequestMessage> SpecRunAsync()
    {
        using var draft = await SpecDraftAsync();
        Assert.Equal(HttpStatusCode.OK, (await (await host.SignInAsync("designer")).SendAsync(draft)).StatusCode);
        return new HttpRequestMessage(HttpMethod.Post, "/api/specs/closure/run?locality=matrix-town");
    }

    /// <summary>A roll-back of <paramref name="key"/> in matrix-town to its first version, which a saved draft makes sure exists.</summary>
    public async Task<HttpRequestMessage> RollBackAsync(string kind, string key, Func<Task<HttpRequestMessage>> draft)
    {
        using var saved = await draft();
        Assert.Equal(HttpStatusCode.OK, (await (await host.SignInAsync("designer")).SendAsync(saved)).StatusCode);
        return new HttpRequestMessage(HttpMethod.Post, $"/api/{kind}/{key}/rollback?locality=matrix-town&toVersion=1");
    }

    /// <summary>A locality nobody has added yet.</summary>
    public static JsonObject NewLocality() => new()
    {
        ["code"] = $"matrix-{Guid.NewGuid():N}"[..15], ["name"] = "Matrix Vale", ["teams"] = new JsonArray("matrix-vale"),
        ["huddleDays"] = new JsonArray("Tuesday"),
    };

    /// <summary>A change to a locality just added, at the version read.</summary>
    public async Task<HttpRequestMessage> LocalityChangeAsync()
    {
        var locality = NewLocality();
        Assert.Equal(HttpStatusCode.Created, (await (await host.SignInAsync("admin")).PostAsJsonAsync("/api/localities", locality)).StatusCode);
        locality["name"] = "Matrix Vale and Dale";
        locality["version"] = 1;
        return new HttpRequestMessage(HttpMethod.Put, $"/api/localities/{locality["code"]}") { Content = JsonContent.Create(locality) };
    }

    /// <summary>The first policy document the policy page links to.</summary>
    public async Task<string> PolicyDocumentAsync()
    {
        var page = await host.CreateClient().GetStringAsync("/policy");
        return PolicyLink().Match(page).Groups[1].Value;
    }

    private async Task<long> TaskForRoleAsync(string location, string role)
    {
        var coordinator = await host.SignInAsync("coordinator");
        var task = (await CaseApi.OpenTaskAsync(coordinator, location, "trusted-assessment"))["id"]!.GetValue<long>();
        var reassigned = await coordinator.PostAsJsonAsync($"/api/tasks/{task}/reassign", new { toRole = role });
        Assert.Equal(HttpStatusCode.OK, reassigned.StatusCode);
        return task;
    }

    private static string RoleOf(string user) => user switch
    {
        "nurse" => "crisis-response-nurse",
        "coordinator" => "coordinator",
        _ => throw new ArgumentOutOfRangeException(nameof(user), user, "only case workers take tasks"),
    };

    [GeneratedRegex(@"href=""(/policy/[^""]+)""")]
    private static partial Regex PolicyLink();
}
