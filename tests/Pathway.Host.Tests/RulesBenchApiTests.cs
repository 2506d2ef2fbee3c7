namespace Pathway.Host.Tests;

/// <summary>The rules bench: evaluate a sample referral without a case, try a draft, and refuse a broken one.</summary>
public sealed class RulesBenchApiTests : IClassFixture<PathwayHostFactory>
{
    private static readonly object FrailFall = new { presentingNeed = "fall", age = 82, clinicalFrailtyScale = 2, news2Score = 1, setting = "own-home", hourOfDay = 11 };
    private readonly PathwayHostFactory _host;

    public RulesBenchApiTests(PathwayHostFactory host) => _host = host;

    [Fact]
    public async Task Evaluate_ForALocality_ExplainsWhichRuleFiredAndWhereItCameFrom()
    {
        var designer = await _host.SignInAsync("designer");

        var north = await EvaluateAsync(designer, "north-shire");
        var national = await EvaluateAsync(designer, "riverside");

        Assert.Equal(("north-shire", "cfs-below-4-not-ucr", "gp"), (north["appliedFrom"]!.GetValue<string>(), north["ruleName"]!.GetValue<string>(), north["outputs"]!["assessorRole"]!.GetValue<string>()));
        Assert.Equal(2, north["inputs"]!["clinicalFrailtyScale"]!.GetValue<int>());
        Assert.Equal(("national", "fall"), (national["appliedFrom"]!.GetValue<string>(), national["ruleName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SaveDraft_ThatReadsAnUnknownFact_Is400NamingTheRule_AndThePublishedVersionStands()
    {
        var designer = await _host.SignInAsync("designer");
        var json = await (await designer.GetAsync("/api/rules/1/json")).Content.ReadAsStringAsync();
        var broken = json.Replace("referral.news2Score", "referral.newsScore", StringComparison.Ordinal);

        var response = await designer.PutAsync("/api/rules/best-placed-assessor/draft", new StringContent(broken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var error = problem!["errors"]!.AsArray()[0]!;
        Assert.Equal("PW3009", error["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["rule"]?.GetValue<string>()));
        Assert.Equal("fall", (await EvaluateAsync(designer, "riverside"))["ruleName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Evaluate_TheDraft_TriesItWithoutPublishing()
    {
        var designer = await _host.SignInAsync("designer");
        var versions = await designer.GetFromJsonAsync<JsonArray>("/api/rules");
        var escalation = versions!.First(v => v!["name"]!.GetValue<string>() == "escalation" && v["locality"]!.GetValue<string>() == "national")!;
        var json = await (await designer.GetAsync($"/api/rules/{escalation["id"]}/json")).Content.ReadAsStringAsync();
        var draft = json.Replace("\"assessmentEscalateAfter\": \"PT3H\"", "\"assessmentEscalateAfter\": \"PT4H\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await designer.PutAsync("/api/rules/escalation/draft", new StringContent(draft))).StatusCode);

        var tried = await EvaluateAsync(designer, null, "escalation", draft: true, new { responseStandard = "2-hour" });
        var published = await EvaluateAsync(designer, null, "escalation", draft: false, new { responseStandard = "2-hour" });

        Assert.Equal("PT4H", tried["outputs"]!["assessmentEscalateAfter"]!.GetValue<string>());
        Assert.Equal("PT3H", published["outputs"]!["assessmentEscalateAfter"]!.GetValue<string>());
    }

    [Fact]
    public async Task EvaluateUnsaved_TriesTheRuleSetInTheBody_AndStoresNothing()
    {
        var designer = await _host.SignInAsync("designer");
        var versions = await designer.GetFromJsonAsync<JsonArray>("/api/rules");
        var mdt = versions!.First(v => v!["name"]!.GetValue<string>() == "mdt-selection" && v["locality"]!.GetValue<string>() == "national")!;
        var json = await (await designer.GetAsync($"/api/rules/{mdt["id"]}/json")).Content.ReadAsStringAsync();
        var edited = JsonNode.Parse(json)!;
        var broken = JsonNode.Parse(json.Replace("referral.", "referral.typo", StringComparison.Ordinal))!;

        var tried = await designer.PostAsJsonAsync("/api/rules/mdt-selection/evaluate/unsaved", new { ruleSet = edited, referral = FrailFall });
        var refused = await designer.PostAsJsonAsync("/api/rules/mdt-selection/evaluate/unsaved", new { ruleSet = broken, referral = FrailFall });

        Assert.Equal(HttpStatusCode.OK, tried.StatusCode);
        Assert.False(string.IsNullOrEmpty((await tried.Content.ReadFromJsonAsync<JsonObject>())!["ruleName"]?.GetValue<string>()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var error = (await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray()[0]!;
        Assert.Equal("PW3009", error["code"]!.GetValue<string>());
        var after = await designer.GetFromJsonAsync<JsonArray>("/api/rules");
        Assert.Equal(versions!.Count, after!.Count);
    }

    private static Task<JsonObject> EvaluateAsync(HttpClient client, string locality) =>
        EvaluateAsync(client, locality, "best-placed-assessor", draft: false, FrailFall);

    private static async Task<JsonObject> EvaluateAsync(HttpClient client, string? locality, string ruleSet, bool draft, object referral)
    {
        var response = await client.PostAsJsonAsync($"/api/rules/{ruleSet}/evaluate?locality={locality}&draft={draft}", referral);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
