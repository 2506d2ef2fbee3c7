namespace Pathway.Host.Tests;

/// <summary>The publish gate over HTTP: policy runs against the would-be definitions before anything is published.</summary>
public sealed class PublishGateTests(PathwayHostFactory host) : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host = host;

    /// <summary>The national "fall" rule changed to a routine response within 7 days.</summary>
    private static string FallsRoutine(string json)
    {
        var at = json.IndexOf("\"RuleName\": \"fall\",", StringComparison.Ordinal);
        var end = json.IndexOf("\"outsideReason\"", at, StringComparison.Ordinal);
        var rule = json[at..end].Replace("\"responseStandard\": \"2-hour\"", "\"responseStandard\": \"routine\"", StringComparison.Ordinal)
            .Replace("\"responseWindow\": \"PT2H\"", "\"responseWindow\": \"P7D\"", StringComparison.Ordinal);
        return json[..at] + rule + json[end..];
    }

    [Fact]
    public async Task PublishingFallsAsRoutine_IsRefusedNamingTheTwoHourResponseScenarios_ThenPublishedWithAReasonThatThePolicyResultsShow()
    {
        // given a designer's draft that sends falls to a routine 7-day response
        var designer = await _host.SignInAsync("designer");
        var versions = await designer.GetFromJsonAsync<JsonArray>("/api/rules");
        var published = versions!.First(v => v!["key"]!.GetValue<string>() == "best-placed-assessor" && v["locality"]!.GetValue<string>() == "national")!;
        var json = await (await designer.GetAsync($"/api/rules/{published["id"]}/json")).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, (await designer.PutAsync("/api/rules/best-placed-assessor/draft", new StringContent(FallsRoutine(json)))).StatusCode);

        // when it is published without a reason
        var refused = await designer.PostAsync("/api/rules/best-placed-assessor/publish", null);

        // then nothing is published, and the answer names the failing two-hour-response scenarios and why
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("PW5020", problem["code"]!.GetValue<string>());
        var failures = problem["failures"]!.AsArray();
        var twoHour = failures.Where(f => f!["spec"]!.GetValue<string>() == "two-hour-response").ToList();
        Assert.NotEmpty(twoHour);
        Assert.All(twoHour, f => Assert.False(string.IsNullOrEmpty(f!["step"]?.GetValue<string>())));
        Assert.Contains("expected", twoHour[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var stillPublished = (await designer.GetFromJsonAsync<JsonArray>("/api/rules"))!
            .Single(v => v!["key"]!.GetValue<string>() == "best-placed-assessor" && v["locality"]!.GetValue<string>() == "national" && v["status"]!.GetValue<string>() == "Published")!;
        Assert.Equal(1, stillPublished["version"]!.GetValue<int>());

        // when the same change is published with a written reason
        const string Reason = "Synthetic test: commissioners agreed a routine falls response for this trial";
        var overridden = await designer.PostAsJsonAsync("/api/rules/best-placed-assessor/publish", new { overrideReason = Reason });

        // then it is published, and the policy results show the failure, the override and its reason
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        Assert.Equal(2, (await overridden.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>());
        var results = (await designer.GetFromJsonAsync<JsonObject>("/api/policy/results"))!;
        var national = results["runs"]!.AsArray().Single(r => r!["locality"]!.GetValue<string>() == "national")!;
        Assert.Contains(national["scenarios"]!.AsArray(), s => s!["specKey"]!.GetValue<string>() == "two-hour-response" && !s["passed"]!.GetValue<bool>());
        Assert.Contains(national["versions"]!.AsArray(), v => v!["key"]!.GetValue<string>() == "best-placed-assessor" && v["version"]!.GetValue<int>() == 2);
        var overrides = results["overrides"]!.AsArray();
        Assert.NotEmpty(overrides);
        Assert.All(overrides, o => Assert.Equal(Reason, o!["reason"]!.GetValue<string>()));
        var page = await (await designer.GetAsync("/policy")).Content.ReadAsStringAsync();
        Assert.Contains(Reason, page, StringComparison.Ordinal);
        var download = await designer.GetAsync("/policy/print?download=true");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        var document = await download.Content.ReadAsStringAsync();
        Assert.Contains(Reason, document, StringComparison.Ordinal);
        Assert.Contains("Not met", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckingASpecAsItIsTyped_NamesTheLineOfASyntaxError_AndEachUnknownStep()
    {
        var designer = await _host.SignInAsync("designer");
        const string Feature = "Feature: Trial\n  Scenario: Falls\n    Given a referral to the national service\n    Then the moon is made of cheese\n";

        var unknown = await (await designer.PostAsync("/api/specs/check", new StringContent(Feature))).Content.ReadFromJsonAsync<JsonArray>();
        var broken = await (await designer.PostAsync("/api/specs/check", new StringContent("# a comment\nGiven a step before any feature\n"))).Content.ReadFromJsonAsync<JsonArray>();

        var problem = Assert.Single(unknown!)!;
        Assert.Equal(("PW5002", 4), (problem["code"]!.GetValue<string>(), problem["line"]!.GetValue<int>()));
        Assert.Equal("PW5001", broken![0]!["code"]!.GetValue<string>());
        Assert.Equal(2, broken[0]!["line"]!.GetValue<int>());
    }
}
