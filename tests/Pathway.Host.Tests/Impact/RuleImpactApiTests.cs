namespace Pathway.Host.Tests.Impact;

/// <summary>A draft replayed over the referrals really recorded, before anyone publishes it.</summary>
public sealed class RuleImpactApiTests(PathwayHostFactory host) : IClassFixture<PathwayHostFactory>
{
    // The referrals and the draft are made once per host, whichever test runs first.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PathwayHostFactory, Task> Given = [];

    private readonly PathwayHostFactory _host = host;

    private Task GivenTwoFallsAndACatheterReferral_AndADraftMakingFallsRoutine() => Given.GetValue(_host, _ => RecordAsync());

    private async Task RecordAsync()
    {
        var coordinator = await _host.SignInAsync("coordinator");
        foreach (var (nhsNumber, need) in new[] { ("9434760003", "fall"), ("9434760011", "fall"), ("9434760038", "catheter-care") })
        {
            var referral = Referrals.Valid(nhsNumber);
            referral["presentingNeed"] = need;
            Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync("/api/referrals", referral)).StatusCode);
        }
        var designer = await _host.SignInAsync("designer");
        var versions = await designer.GetFromJsonAsync<JsonArray>("/api/rules");
        var published = versions!.First(v => v!["key"]!.GetValue<string>() == "best-placed-assessor" && v["locality"]!.GetValue<string>() == "national")!;
        var json = await (await designer.GetAsync($"/api/rules/{published["id"]}/json")).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, (await designer.PutAsync("/api/rules/best-placed-assessor/draft", new StringContent(RuleDrafts.FallsRoutine(json)))).StatusCode);
    }

    [Fact]
    public async Task Draft_ShowsExactlyTheFallsMovingFromTwoHourToRoutine_WithExamplesOnlyForThoseWhoMaySeePeople()
    {
        // given
        await GivenTwoFallsAndACatheterReferral_AndADraftMakingFallsRoutine();

        // when a designer (who does not open people's records) and an administrator (who may) look at its impact
        var forDesigner = (await (await _host.SignInAsync("designer")).GetFromJsonAsync<JsonObject>("/api/rules/best-placed-assessor/impact"))!;
        var forAdmin = (await (await _host.SignInAsync("admin")).GetFromJsonAsync<JsonObject>("/api/rules/best-placed-assessor/impact"))!;

        // then the two falls move and the catheter referral does not
        var triage = forDesigner["transitions"]!.AsArray().Single(t => t!["ruleSet"]!.GetValue<string>() == "best-placed-assessor")!;
        Assert.Equal(("community-physiotherapist/2-hour", "community-physiotherapist/routine", 2),
            (triage["before"]!.GetValue<string>(), triage["after"]!.GetValue<string>(), triage["cases"]!.GetValue<int>()));
        Assert.Empty(triage["examples"]!.AsArray());
        var seen = forAdmin["transitions"]!.AsArray().Single(t => t!["ruleSet"]!.GetValue<string>() == "best-placed-assessor")!;
        Assert.Equal(2, seen["examples"]!.AsArray().Count);
        Assert.Equal(3, forDesigner["replayed"]!.GetValue<int>());
    }

    [Fact]
    public async Task Csv_ForACommissioner_HasTheTransitionsAndNoCaseIds()
    {
        await GivenTwoFallsAndACatheterReferral_AndADraftMakingFallsRoutine();

        var response = await (await _host.SignInAsync("commissioner")).GetAsync("/api/rules/best-placed-assessor/impact?format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains("transition,best-placed-assessor,community-physiotherapist/2-hour,community-physiotherapist/routine,2,", csv, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-", csv);
    }

    [Fact]
    public async Task NoDraft_IsRefusedWithItsCode()
    {
        var response = await (await _host.SignInAsync("designer")).GetAsync("/api/rules/mdt-selection/impact?locality=nowhere-shire");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]);
    }
}
