namespace Pathway.Host.Tests.InstanceMigration;

/// <summary>A national pathway draft replayed over the referrals really recorded, with the published rules.</summary>
public sealed class PathwayImpactApiTests(PathwayHostFactory host) : IClassFixture<PathwayHostFactory>
{
    private const string Pathways = "/api/pathways/admission-avoidance";

    [Fact]
    public async Task Draft_ShowsTheEscalationWindowOfEachCaseChanging_AlsoAsAnImpactRun_AndADraftThatDoesNotLoadGivesItsLoadErrors()
    {
        // given two falls, and a draft escalating an unstarted assessment after 30 minutes
        var coordinator = await host.SignInAsync("coordinator");
        foreach (var nhsNumber in new[] { "9434760054", "9434760062" })
            Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid(nhsNumber))).StatusCode);
        var designer = await host.SignInAsync("designer");
        var xml = await File.ReadAllTextAsync(Repository.Combine("workflows", "admission-avoidance.bpmn"));
        var draft = xml.Replace(">=assessmentEscalateAfter</bpmn:timeDuration>", ">PT30M</bpmn:timeDuration>", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await designer.PutAsync($"{Pathways}/draft", new StringContent(draft))).StatusCode);

        // when
        var report = (await designer.GetFromJsonAsync<JsonObject>($"{Pathways}/impact"))!;
        var started = await designer.PostAsJsonAsync("/api/impact-runs", new { kind = "Pathway", key = "admission-avoidance" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = await Impact.ImpactRunsClient.WaitAsync(designer, (await started.Content.ReadFromJsonAsync<JsonObject>())!);
        var broken = xml.Replace("<bpmn:endEvent id=\"Redirected\"", "<bpmn:scriptTask id=\"Script\" /><bpmn:endEvent id=\"Redirected\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await designer.PutAsync($"{Pathways}/draft", new StringContent(broken))).StatusCode);
        var refused = await designer.GetAsync($"{Pathways}/impact");

        // then both falls' escalation window moves from the rule set's 3 hours to 30 minutes, and nothing else changes
        Assert.Equal((2, 2), (report["replayed"]!.GetValue<int>(), report["changed"]!.GetValue<int>()));
        var transition = Assert.Single(report["transitions"]!.AsArray())!;
        Assert.Equal("pathway", transition["ruleSet"]!.GetValue<string>());
        Assert.EndsWith("AssessmentEscalation after PT3H", transition["before"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("AssessmentEscalation after PT30M", transition["after"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, transition["cases"]!.GetValue<int>());
        // and an impact run (the page's way) gives the same report
        Assert.Equal("Finished", run["status"]!.GetValue<string>());
        Assert.Equal(report["transitions"]!.ToJsonString(), run["report"]!["report"]!["transitions"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.StartsWith("PW1", problem["code"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(problem["errors"]!.AsArray(), e => e!["elementId"]?.GetValue<string>() == "Script");
    }
}
