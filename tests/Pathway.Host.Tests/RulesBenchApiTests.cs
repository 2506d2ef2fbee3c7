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
    public async Task SaveDraft_ThatReadsAnUnknownFact_IsSavedWithTheProblemNamingTheRule_PublishIs422_AndThePublishedVersionStands()
    {
        var designer = await _host.SignInAsync("designer");
        var json = await NationalJsonAsync(designer, "best-placed-assessor");
        var broken = json.Replace("referral.news2Score", "referral.newsScore", StringComparison.Ordinal);

        var saved = await designer.PutAsync("/api/rules/best-placed-assessor/draft", new StringContent(broken));
        var publish = await designer.PostAsync("/api/rules/best-placed-assessor/publish", null);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var draft = await saved.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(("best-placed-assessor", 2), (draft!["key"]!.GetValue<string>(), draft["version"]!.GetValue<int>()));
        var problem = draft["problems"]!.AsArray()[0]!;
        Assert.Equal("PW3009", problem["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(problem["element"]?.GetValue<string>()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, publish.StatusCode);
        var refusal = await publish.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("PW5010", refusal!["code"]!.GetValue<string>());
        Assert.Equal("PW3009", refusal["problems"]!.AsArray()[0]!["code"]!.GetValue<string>());
        Assert.Equal("fall", (await EvaluateAsync(designer, "riverside"))["ruleName"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveDraft_ThatIsNotJson_Is400NamingTheLine()
    {
        var designer = await _host.SignInAsync("designer");

        var response = await designer.PutAsync("/api/rules/escalation/draft", new StringContent("{\n  \"WorkflowName\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("PW3001", problem!["code"]!.GetValue<string>());
        Assert.Contains("line", problem["problems"]!.AsArray()[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<string> NationalJsonAsync(HttpClient client, string key)
    {
        var versions = await client.GetFromJsonAsync<JsonArray>("/api/rules");
        var version = versions!.First(v => v!["key"]!.GetValue<string>() == key && v["locality"]!.GetValue<string>() == "national")!;
        return await (await client.GetAsync($"/api/rules/{version["id"]}/json")).Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Evaluate_TheDraft_TriesItWithoutPublishing()
    {
        var designer = await _host.SignInAsync("designer");
        var json = await NationalJsonAsync(designer, "escalation");
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
