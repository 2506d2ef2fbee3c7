using Pathway.Runtime.Commands;

namespace Pathway.Host.Tests;

/// <summary>The commands' own permission rules, which the pages ask before offering an action.</summary>
public sealed class PermissionTests : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host;

    public PermissionTests(PathwayHostFactory host) => _host = host;

    /// <summary>A case assessed (no MDT), at "Plan handover" for the assessor's role.</summary>
    private async Task<(HttpClient Coordinator, HttpClient Assessor, string Location, string AssessorRole)> AtPlanHandoverAsync(string nhs)
    {
        var coordinator = await _host.SignInAsync("coordinator");
        var location = (await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid(nhs))).Headers.Location!.ToString();
        var task = await CaseApi.OpenTaskAsync(coordinator, location, "trusted-assessment");
        var role = task["role"]!.GetValue<string>();
        var assessor = await _host.SignInAsync(Staff.For(role));
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(assessor, task["id"]!.GetValue<long>(), CaseApi.Assessment(selfNeglect: false))).StatusCode);
        await CaseApi.DecideMdtIfAskedAsync(coordinator, location);
        return (coordinator, assessor, location, role);
    }

    [Fact]
    public async Task Coordinator_FinishesACaseWhoseAssessorIsAway_PlanHandoverAndClose()
    {
        var (coordinator, _, location, role) = await AtPlanHandoverAsync("9990000131");
        var plan = await CaseApi.OpenTaskAsync(coordinator, location, "handover");
        Assert.Equal(role, plan["role"]!.GetValue<string>());

        // a clinician of another role may not, the coordinator may
        var other = await _host.SignInAsync(Staff.OtherThan(role));
        Assert.Equal(HttpStatusCode.Forbidden, (await CaseApi.CompleteAsync(other, plan["id"]!.GetValue<long>(), new { handoverRequired = false })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/tasks/{plan["id"]}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(coordinator, plan["id"]!.GetValue<long>(), new { handoverRequired = false })).StatusCode);
        var close = await CaseApi.OpenTaskAsync(coordinator, location, "close-case");
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(coordinator, close["id"]!.GetValue<long>(), new { outcome = "admission-avoided" })).StatusCode);
        Assert.Equal("Completed", (await CaseApi.CaseAsync(coordinator, location))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandoverResponse_OnlyTheReceivingServicesRoleOrACoordinator()
    {
        var (_, assessor, location, _) = await AtPlanHandoverAsync("9990000158");
        var plan = await CaseApi.OpenTaskAsync(assessor, location, "handover");
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(assessor, plan["id"]!.GetValue<long>(),
            new { handoverRequired = true, receivingService = "reablement", summary = "Two weeks of reablement" })).StatusCode);

        // a nurse of the team is not the reablement service
        var nurse = await _host.SignInAsync("nurse");
        var refused = await nurse.PostAsJsonAsync($"{location}/handovers/response", new { accepted = true });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(ApiErrors.NotReceivingService, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // the reablement service answers
        var reablement = await _host.SignInAsync("reablement");
        Assert.Equal(HttpStatusCode.OK, (await reablement.PostAsJsonAsync($"{location}/handovers/response", new { accepted = true })).StatusCode);
    }

    [Fact]
    public async Task AssessmentReview_OncePerVersionPerDiscipline_AcceptingAgainGivesTheSameAcceptance()
    {
        var (_, _, location, role) = await AtPlanHandoverAsync("9990000166");
        var reviewer = await _host.SignInAsync(Staff.OtherThan(role));
        var first = await reviewer.PostAsync($"{location}/assessment/accept", null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // the same acceptance again (a double click, a retry) is the one already recorded
        var again = await reviewer.PostAsync($"{location}/assessment/accept", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>(), (await again.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>());

        // but the discipline has given its verdict on this version: no challenge after it
        var challenge = await reviewer.PostAsJsonAsync($"{location}/assessment/challenge", new { reason = "No medication review" });
        Assert.Equal(HttpStatusCode.Conflict, challenge.StatusCode);
        Assert.Contains(ApiErrors.AlreadyReviewed, await challenge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewers_GetAReviewTask_OtherDisciplinesOnly_DoneWhenOneAccepts()
    {
        var (_, assessor, location, role) = await AtPlanHandoverAsync("9990000174");
        var caseId = location.Split('/')[^1];
        var reviewer = await _host.SignInAsync(Staff.OtherThan(role));

        static async Task<List<JsonNode>> ReviewTasksAsync(HttpClient client, string caseId) =>
            [.. (await client.GetFromJsonAsync<JsonArray>("/api/tasks?mine=true"))!
                .Where(t => t!["caseId"]!.GetValue<string>() == caseId && t["form"]?.GetValue<string>() == "trusted-assessment-review").Select(t => t!)];

        // another discipline has the review on their own worklist; the assessor's discipline does not
        Assert.Single(await ReviewTasksAsync(reviewer, caseId));
        Assert.Empty(await ReviewTasksAsync(assessor, caseId));

        // a review task is not completed as a form: it is done by accepting or challenging
        var task = (await ReviewTasksAsync(reviewer, caseId))[0];
        Assert.Equal(HttpStatusCode.BadRequest, (await CaseApi.CompleteAsync(reviewer, task["id"]!.GetValue<long>(), new { })).StatusCode);

        // when they accept, the review is done for everyone
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"{location}/assessment/accept", null)).StatusCode);
        Assert.Empty(await ReviewTasksAsync(reviewer, caseId));
    }

    [Fact]
    public async Task AnotherTeam_RefusedByTheCommandsThemselves_NotFoundForAnUnknownTask()
    {
        var coordinator = await _host.SignInAsync("coordinator");
        var location = (await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid("9990000182"))).Headers.Location!.ToString();
        var task = await CaseApi.OpenTaskAsync(coordinator, location, "trusted-assessment");

        // a coastal-bay nurse holds the role but is not in the north-shire team
        var coastal = await _host.SignInAsync("coastal-nurse");
        foreach (var refused in new[]
        {
            await coastal.PostAsync($"/api/tasks/{task["id"]}/claim", null),
            await CaseApi.CompleteAsync(coastal, task["id"]!.GetValue<long>(), CaseApi.Assessment()),
            await coastal.PostAsync($"{location}/assessment/accept", null),
            await coastal.PostAsJsonAsync($"{location}/handovers/response", new { accepted = true }),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("PW4034", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await coastal.PostAsync("/api/tasks/987654321/claim", null)).StatusCode);
    }
}
