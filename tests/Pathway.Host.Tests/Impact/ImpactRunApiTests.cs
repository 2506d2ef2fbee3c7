using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Pathway.Testing;

namespace Pathway.Host.Tests.Impact;

/// <summary>A draft replayed in the background: progress, cancel, the report kept with the draft, and what each role sees of it.</summary>
public sealed class ImpactRunApiTests(PathwayHostFactory host) : IClassFixture<PathwayHostFactory>
{
    private const string Triage = "best-placed-assessor";
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PathwayHostFactory, Task> Given = [];

    private readonly PathwayHostFactory _host = host;

    /// <summary>Two falls and a catheter referral, all in north-shire.</summary>
    private Task GivenTwoFallsAndACatheterReferral() => Given.GetValue(_host, _ => RecordAsync());

    private async Task RecordAsync()
    {
        var coordinator = await _host.SignInAsync("coordinator");
        foreach (var (nhsNumber, need) in new[] { ("9434760003", "fall"), ("9434760011", "fall"), ("9434760038", "catheter-care") })
        {
            var referral = Referrals.Valid(nhsNumber);
            referral["presentingNeed"] = need;
            Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync("/api/referrals", referral)).StatusCode);
        }
    }

    private async Task<HttpClient> DraftFallsRoutineAsync(string locality, string? role = null)
    {
        var designer = await _host.SignInAsync("designer");
        var versions = await designer.GetFromJsonAsync<JsonArray>("/api/rules");
        var published = versions!.First(v => v!["key"]!.GetValue<string>() == Triage && v["locality"]!.GetValue<string>() == "national")!;
        var json = await designer.GetStringAsync($"/api/rules/{published["id"]}/json");
        var saved = await designer.PutAsync($"/api/rules/{Triage}/draft?locality={locality}", new StringContent(RuleDrafts.FallsRoutine(json, role)));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return designer;
    }

    [Fact]
    public async Task Run_EndsWithEveryCaseDone_AndTheExactTransition_AndItsReportIsShownAgainUntilTheDraftChanges()
    {
        // given
        await GivenTwoFallsAndACatheterReferral();
        var designer = await DraftFallsRoutineAsync("north-shire");

        // when
        var run = await ImpactRunsClient.RunAsync(designer, Triage, "north-shire");

        // then every case was done, the two falls move and the catheter referral does not
        Assert.Equal((3, 3), (run["done"]!.GetValue<int>(), run["total"]!.GetValue<int>()));
        var report = run["report"]!["report"]!;
        var triage = report["transitions"]!.AsArray().Single(t => t!["ruleSet"]!.GetValue<string>() == Triage)!;
        Assert.Equal(("community-physiotherapist/2-hour", "community-physiotherapist/routine", 2),
            (triage["before"]!.GetValue<string>(), triage["after"]!.GetValue<string>(), triage["cases"]!.GetValue<int>()));
        Assert.Equal((3, 3, 2, 1), (report["cases"]!.GetValue<int>(), report["replayed"]!.GetValue<int>(), report["changed"]!.GetValue<int>(), report["unchanged"]!.GetValue<int>()));

        // and reopening the page finds the same report for this draft
        var stored = (await designer.GetFromJsonAsync<JsonObject>($"/api/impact-reports/draft?kind=RuleSet&key={Triage}&locality=north-shire"))!;
        Assert.Equal(run["reportId"]!.GetValue<long>(), stored["id"]!.GetValue<long>());

        // but not once the draft reads differently
        await DraftFallsRoutineAsync("north-shire", role: "gp");
        var after = await designer.GetAsync($"/api/impact-reports/draft?kind=RuleSet&key={Triage}&locality=north-shire");
        Assert.Equal(HttpStatusCode.NoContent, after.StatusCode);
    }

    [Fact]
    public async Task Commissioner_SeesCountsOnly_InTheRunTheStoredReportAndItsCsv_WhileAnAdministratorSeesTheExamples()
    {
        // given a report an administrator ran, with its examples
        await GivenTwoFallsAndACatheterReferral();
        await DraftFallsRoutineAsync("north-shire");
        var run = await ImpactRunsClient.RunAsync(await _host.SignInAsync("admin"), Triage, "north-shire");
        var admin = await _host.SignInAsync("admin");
        var commissioner = await _host.SignInAsync("commissioner");
        var reportId = run["reportId"]!.GetValue<long>();

        // when
        var theirRun = (await commissioner.GetFromJsonAsync<JsonObject>($"/api/impact-runs/{run["id"]}"))!;
        var theirReport = (await commissioner.GetFromJsonAsync<JsonObject>($"/api/impact-reports/{reportId}"))!;
        var theirCsv = await commissioner.GetStringAsync($"/api/impact-reports/{reportId}?format=csv");
        var adminReport = (await admin.GetFromJsonAsync<JsonObject>($"/api/impact-reports/{reportId}"))!;

        // then the commissioner gets the same counts and no case id anywhere
        foreach (var view in new[] { theirRun["report"]!, theirReport })
        {
            Assert.False(view["examplesShown"]!.GetValue<bool>());
            Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-", view["report"]!.ToJsonString());
        }
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-", theirCsv);
        Assert.Contains("transition,best-placed-assessor,community-physiotherapist/2-hour,community-physiotherapist/routine,2,", theirCsv, StringComparison.Ordinal);
        Assert.True(adminReport["examplesShown"]!.GetValue<bool>());
        Assert.Equal(2, adminReport["report"]!["transitions"]!.AsArray().Single(t => t!["ruleSet"]!.GetValue<string>() == Triage)!["examples"]!.AsArray().Count);
    }

    [Fact]
    public async Task Publish_RecordsTheReportItWasShown_AndNoneForAReportOnContentThatChangedSince()
    {
        // given a report on one draft of north-shire's triage, then the draft changed
        await GivenTwoFallsAndACatheterReferral();
        var designer = await DraftFallsRoutineAsync("north-shire");
        var stale = (await ImpactRunsClient.RunAsync(designer, Triage, "north-shire"))["reportId"]!.GetValue<long>();
        await DraftFallsRoutineAsync("north-shire", role: "gp");

        // when it is published showing the stale report, then drafted again, replayed and published showing the fresh one
        var first = await PublishAsync(designer, stale);
        await DraftFallsRoutineAsync("north-shire", role: "district-nurse");
        var fresh = (await ImpactRunsClient.RunAsync(designer, Triage, "north-shire"))["reportId"]!.GetValue<long>();
        var second = await PublishAsync(designer, fresh);

        // then the stale one did not stop the publish but is not recorded; the fresh one is
        Assert.Null(first["impactReportId"]);
        Assert.Equal(fresh, second["impactReportId"]!.GetValue<long>());
        var versions = (await designer.GetFromJsonAsync<JsonArray>("/api/rules"))!;
        Assert.Equal(fresh, versions.Single(v => v!["id"]!.GetValue<long>() == second["id"]!.GetValue<long>())!["impactReportId"]!.GetValue<long>());
    }

    private static async Task<JsonObject> PublishAsync(HttpClient designer, long reportId)
    {
        var response = await designer.PostAsJsonAsync($"/api/rules/{Triage}/publish?locality=north-shire",
            new { overrideReason = "Synthetic test: falls answered routinely", impactReportId = reportId });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    [Fact]
    public async Task Run_ShowsCasesDoneOfTheTotalWhileItRuns_AndACancelledRunStoresNothing()
    {
        // given a host whose replays wait at every case until the test lets them go
        await GivenTwoFallsAndACatheterReferral();
                using var hold = new ReplayHold();
        hold.Close();
        using var factory = _host.WithWebHostBuilder(b => b.ConfigureTestServices(hold.Install));
        var designer = factory.CreateClient();
        (await designer.PostAsJsonAsync("/api/session", new { username = "designer", password = "pathway-demo" })).EnsureSuccessStatusCode();

        // when a national replay (every locality's cases) is started, seen replaying, and cancelled
        await DraftFallsRoutineAsync("national");
        var started = await ImpactRunsClient.StartAsync(designer, Triage);
        var replaying = await ImpactRunsClient.WaitAsync(designer, started, r => r["status"]!.GetValue<string>() == "Replaying");
        var cancel = await designer.DeleteAsync($"/api/impact-runs/{started["id"]}");
        hold.Open();
        var ended = await ImpactRunsClient.WaitAsync(designer, started);

        // then it showed nothing done of the three cases, and ended cancelled with no report kept for the draft
        Assert.Equal((0, 3), (replaying["done"]!.GetValue<int>(), replaying["total"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal("Cancelled", ended["status"]!.GetValue<string>());
        Assert.Null(ended["reportId"]);
        var stored = await designer.GetAsync($"/api/impact-reports/draft?kind=RuleSet&key={Triage}&locality=national");
        Assert.Equal(HttpStatusCode.NoContent, stored.StatusCode);
    }

    [Theory]
    [InlineData("{\"kind\":\"RuleSet\",\"key\":\"best-placed-assessor\",\"days\":0}", HttpStatusCode.BadRequest, "PW4743")]
    [InlineData("{\"kind\":\"Spec\",\"key\":\"closure\"}", HttpStatusCode.UnprocessableEntity, "PW4741")]
    [InlineData("{\"kind\":\"RuleSet\",\"key\":\"mdt-selection\",\"locality\":\"nowhere-shire\"}", HttpStatusCode.NotFound, "PW4648")]
    public async Task Start_RefusesABadPeriodAKindThatIsNotReplayedAndAMissingDraft_WithTheirCodes(string body, HttpStatusCode status, string code)
    {
        var response = await (await _host.SignInAsync("designer")).PostAsync("/api/impact-runs", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownRunAndReport_AreNotFound_WithTheirCodes()
    {
        var designer = await _host.SignInAsync("designer");

        var run = await designer.GetAsync($"/api/impact-runs/{Guid.NewGuid()}");
        var report = await designer.GetAsync("/api/impact-reports/987654");

        Assert.Equal(("PW4740", "PW4742"), ((await run.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>(),
            (await report.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>()));
    }
}
