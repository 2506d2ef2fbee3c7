namespace Pathway.Host.Tests.Localities;

/// <summary>A locality an administrator adds has no policy of its own: the national specs check it, run as that locality.</summary>
public sealed class NewLocalityPolicyTests(PathwayHostFactory host) : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host = host;

    [Fact]
    public async Task NewLocality_AddedByAnAdministrator_GetsAPassingPolicyPageFromTheNationalSpecs()
    {
        // given a locality an administrator has just added, with no definitions of its own
        var admin = await _host.SignInAsync("admin");
        var added = await admin.PostAsJsonAsync("/api/localities", new JsonObject
        {
            ["code"] = "west-dale", ["name"] = "West Dale", ["teams"] = new JsonArray("west-dale"), ["huddleDays"] = new JsonArray("Thursday"),
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        // when a commissioner reads the policy results once its background run is recorded, with no run asked for since
        var commissioner = await _host.SignInAsync("commissioner");
        var results = await PolicyResultsPolling.WaitForRunAsync(commissioner, "west-dale");

        // then its run holds every national scenario, run against the national definitions, and each passes
        var runs = results!["runs"]!.AsArray();
        var westDale = runs.Single(r => r!["locality"]!.GetValue<string>() == "west-dale")!;
        var scenarios = westDale["scenarios"]!.AsArray();
        var nationalSpecs = (await commissioner.GetFromJsonAsync<JsonArray>("/api/specs"))!
            .Where(v => v!["locality"]!.GetValue<string>() == "national" && v["status"]!.GetValue<string>() == "Published").Select(v => v!["key"]!.GetValue<string>());
        Assert.Equal(nationalSpecs.Order(StringComparer.Ordinal), scenarios.Select(s => s!["specKey"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
        Assert.All(scenarios, s => Assert.Equal("national", s!["specLocality"]!.GetValue<string>()));
        var failing = scenarios.Where(s => !s!["passed"]!.GetValue<bool>()).Select(s => $"{s!["scenario"]}: {s["message"]}").ToList();
        Assert.True(failing.Count == 0, string.Join(Environment.NewLine, failing));
        Assert.All(westDale["versions"]!.AsArray().Where(v => v!["kind"]!.GetValue<string>() != "Spec"), v => Assert.Equal("national", v!["locality"]!.GetValue<string>()));

        // and the Policy page says national policy applies there, with every scenario passing
        var page = await commissioner.GetStringAsync("/policy");
        var section = page[page.IndexOf("data-policy-follows-national=\"west-dale\"", StringComparison.Ordinal)..];
        Assert.Contains("West Dale", page, StringComparison.Ordinal);
        Assert.Contains($"{scenarios.Count} passed, 0 failed", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewLocality_Added_AnswersBeforeItsPolicyRunAndShowsCheckingUntilTheResultsAreIn()
    {
        // given an administrator adding a locality
        var admin = await _host.SignInAsync("admin");

        // when it is added
        var added = await admin.PostAsJsonAsync("/api/localities", new JsonObject
        {
            ["code"] = "east-mere", ["name"] = "East Mere", ["teams"] = new JsonArray("east-mere"), ["huddleDays"] = new JsonArray("Monday"),
        });

        // then the answer comes before its policy run: the results list it as being checked, with no run yet
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var commissioner = await _host.SignInAsync("commissioner");
        var before = (await commissioner.GetFromJsonAsync<JsonObject>("/api/policy/results"))!;
        Assert.True(PolicyResultsPolling.IsChecking(before, "east-mere"), before.ToJsonString());
        Assert.False(PolicyResultsPolling.HasRun(before, "east-mere"));

        // and the administrator's list of localities and the Policy page, read by anyone, say so
        var list = await admin.GetStringAsync("/admin/localities");
        var row = list[list.IndexOf("data-locality=\"east-mere\"", StringComparison.Ordinal)..];
        Assert.Contains("data-locality-checking", row[..row.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
        var anyone = _host.CreateClient();
        var checking = await anyone.GetStringAsync("/policy");
        Assert.Contains("data-policy-checking=\"east-mere\"", checking, StringComparison.Ordinal);
        Assert.Contains("Checking policy…", checking, StringComparison.Ordinal);
        Assert.DoesNotContain("data-policy-follows-national=\"east-mere\"", checking, StringComparison.Ordinal);

        // when its run is recorded in the background
        var after = await PolicyResultsPolling.WaitForRunAsync(commissioner, "east-mere");

        // then the page shows its results in place of the checking state
        var run = after["runs"]!.AsArray().Single(r => r!["locality"]!.GetValue<string>() == "east-mere")!;
        var page = await anyone.GetStringAsync("/policy");
        Assert.DoesNotContain("data-policy-checking=\"east-mere\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-locality-checking", await admin.GetStringAsync("/admin/localities"), StringComparison.Ordinal);
        var section = page[page.IndexOf("data-policy-follows-national=\"east-mere\"", StringComparison.Ordinal)..];
        Assert.Contains($"{run["scenarios"]!.AsArray().Count} passed, 0 failed", section, StringComparison.Ordinal);
    }
}
