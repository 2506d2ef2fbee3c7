using Microsoft.Extensions.DependencyInjection;

namespace Pathway.Host.Tests;

/// <summary>A referral walked through assessment, challenge, MDT, handover and closure, each step by the role allowed to take it.</summary>
public sealed class CaseWalkTests : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host;

    public CaseWalkTests(PathwayHostFactory host) => _host = host;

    [Fact]
    public async Task Referral_WalkedThroughEveryStep_ClosesWithOutcomeAndKeepsJournal()
    {
        // given a referral from 111
        var coordinator = await _host.SignInAsync("coordinator");
        var created = await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid("6541003238"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();

        // when the best-placed assessor claims and records the trusted assessment
        var assessmentTask = await CaseApi.OpenTaskAsync(coordinator, location, "trusted-assessment");
        var assessorRole = assessmentTask["role"]!.GetValue<string>();
        var assessor = await _host.SignInAsync(Staff.For(assessorRole));
        var taskId = assessmentTask["id"]!.GetValue<long>();
        Assert.Equal(HttpStatusCode.OK, (await assessor.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        var recorded = await CaseApi.CompleteAsync(assessor, taskId, CaseApi.Assessment());
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);

        // then it cannot be completed twice
        Assert.Equal(HttpStatusCode.Conflict, (await CaseApi.CompleteAsync(assessor, taskId, CaseApi.Assessment())).StatusCode);

        // when another discipline challenges it, the assessor revises it on an ad-hoc task, and it is accepted
        var reviewer = await _host.SignInAsync(Staff.OtherThan(assessorRole));
        var noReason = await reviewer.PostAsJsonAsync($"{location}/assessment/challenge", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync($"{location}/assessment/challenge", new { reason = "Medication review missing" })).StatusCode);
        var revision = await CaseApi.OpenTaskAsync(coordinator, location, "trusted-assessment-revision");
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(assessor, revision["id"]!.GetValue<long>(), CaseApi.Assessment())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"{location}/assessment/accept", null)).StatusCode);

        // when the MDT huddle decides, with positive risk-taking and an action
        var huddle = (await coordinator.GetFromJsonAsync<JsonArray>("/api/huddles/north-shire"))!;
        var entry = huddle.Single(h => location.EndsWith(h!["caseId"]!.GetValue<string>(), StringComparison.Ordinal))!;
        var decision = new
        {
            disciplinesPresent = new[] { "district-nurse", "social-worker", "pharmacist" },
            personInvolvement = "consulted", carerInvolvement = "present",
            optionsDiscussed = new[] { "Stay home with reablement", "Short-term care home bed" },
            decision = "Stay home with reablement and a medication review",
            riskAccepted = true,
            positiveRiskTaking = new { risk = "Further falls", mitigationAgreed = "Pendant alarm, rugs removed", personsChoice = "I want to stay in my own home" },
            actions = new[] { new { description = "Medication review", ownerRole = "district-nurse", dueAt = PathwayHostFactory.Start.AddDays(3) } },
        };
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(coordinator, entry["taskId"]!.GetValue<long>(), decision)).StatusCode);
        var action = await CaseApi.OpenTaskAsync(coordinator, location, "mdt-action");
        Assert.Equal(("Medication review", "district-nurse", PathwayHostFactory.Start.AddDays(3)),
            (action["name"]!.GetValue<string>(), action["role"]!.GetValue<string>(), action["dueAt"]!.GetValue<DateTimeOffset>()));
        var districtNurse = await _host.SignInAsync("district-nurse");
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(districtNurse, action["id"]!.GetValue<long>(), new { note = "Amlodipine reduced" })).StatusCode);

        // when a handover to reablement is declined, then planned again and accepted
        var plan = await CaseApi.OpenTaskAsync(coordinator, location, "handover");
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(assessor, plan["id"]!.GetValue<long>(),
            new { handoverRequired = true, receivingService = "reablement", summary = "Needs two weeks of reablement" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync($"{location}/handovers/response", new { accepted = false })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"{location}/handovers/response", new { accepted = false, declineReason = "No capacity this week" })).StatusCode);
        var replan = await CaseApi.OpenTaskAsync(coordinator, location, "handover");
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(assessor, replan["id"]!.GetValue<long>(),
            new { handoverRequired = true, receivingService = "voluntary-sector", summary = "Befriending and shopping" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"{location}/handovers/response", new { accepted = true })).StatusCode);

        // when the case closes: an admission needs a reason
        var close = await CaseApi.OpenTaskAsync(coordinator, location, "close-case");
        Assert.Equal(HttpStatusCode.BadRequest, (await CaseApi.CompleteAsync(assessor, close["id"]!.GetValue<long>(), new { outcome = "admitted" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(assessor, close["id"]!.GetValue<long>(), new { outcome = "admission-avoided" })).StatusCode);

        // then the case is completed and its journal tells the whole story
        Assert.Equal("Completed", (await CaseApi.CaseAsync(coordinator, location))["status"]!.GetValue<string>());
        var kinds = await CaseApi.JournalKindsAsync(coordinator, location);
        foreach (var kind in new[] { "referral.recorded", "task.claimed", "assessment.recorded", "assessment.challenged", "assessment.revised",
                     "assessment.accepted", "mdt.decided", "instances.completed", "handover.requested", "case.outcome" })
            Assert.Contains(kind, kinds);
        var commissioner = await _host.SignInAsync("commissioner");
        var outcomes = (await commissioner.GetFromJsonAsync<JsonArray>("/api/reports/outcomes"))!;
        Assert.Contains(outcomes, o => o!["outcome"]!.GetValue<string>() == "admission-avoided");
        var admin = await _host.SignInAsync("admin");
        var audit = (await admin.GetFromJsonAsync<JsonArray>($"/api/audit?caseId={location.Split('/')[^1]}"))!;
        Assert.Contains(audit, a => a!["action"]!.GetValue<string>() == "read");
        Assert.Contains(audit, a => a!["action"]!.GetValue<string>() == "change");
    }

    [Fact]
    public async Task Handover_NotAnsweredInTime_EscalatesToCoordinator()
    {
        // given a case waiting for a receiving service's answer
        var coordinator = await _host.SignInAsync("coordinator");
        var location = (await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid("4010232137"))).Headers.Location!.ToString();
        var assessmentTask = await CaseApi.OpenTaskAsync(coordinator, location, "trusted-assessment");
        var assessor = await _host.SignInAsync(Staff.For(assessmentTask["role"]!.GetValue<string>()));
        await CaseApi.CompleteAsync(assessor, assessmentTask["id"]!.GetValue<long>(), CaseApi.Assessment(selfNeglect: false));
        var view = await CaseApi.CaseAsync(coordinator, location);
        if (view["tasks"]!.AsArray().Any(t => t!["form"]?.GetValue<string>() == "mdt-decision" && t["status"]!.GetValue<string>() == "Ready"))
        {
            var mdt = await CaseApi.OpenTaskAsync(coordinator, location, "mdt-decision");
            await CaseApi.CompleteAsync(coordinator, mdt["id"]!.GetValue<long>(), new
            {
                disciplinesPresent = new[] { "district-nurse" }, personInvolvement = "present", carerInvolvement = "no-carers",
                optionsDiscussed = new[] { "Home" }, decision = "Home", riskAccepted = false,
            });
        }
        var plan = await CaseApi.OpenTaskAsync(coordinator, location, "handover");
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(assessor, plan["id"]!.GetValue<long>(),
            new { handoverRequired = true, receivingService = "gp", summary = "GP review of falls" })).StatusCode);

        // when the acceptance window passes
        _host.Clock.Advance(TimeSpan.FromDays(7));
        await using (var scope = _host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(new Pathway.Runtime.Commands.FireDueTimers());

        // then the coordinator (signed in afresh: a week outlives the cookie) has the escalation on their worklist
        coordinator = await _host.SignInAsync("coordinator");
        var tasks = (await coordinator.GetFromJsonAsync<JsonArray>("/api/tasks?role=coordinator"))!;
        Assert.Contains(tasks, t => t!["caseId"]!.GetValue<string>() == location.Split('/')[^1] && t["name"]!.GetValue<string>().Contains("Handover not answered", StringComparison.Ordinal));

        // and an answer after the window is refused, saying why, and the case page offers none
        var late = await coordinator.PostAsJsonAsync($"{location}/handovers/response", new { accepted = true });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("PW4641", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("data-respond-to-handover", await coordinator.GetStringAsync("/cases/" + location.Split('/')[^1]), StringComparison.Ordinal);

        // when the coordinator has chased and the assessor plans again, the unanswered request has lapsed
        var chase = await CaseApi.OpenTaskAsync(coordinator, location, "coordinator-alert");
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(coordinator, chase["id"]!.GetValue<long>(), new { actionTaken = "Phoned the GP practice: no answer" })).StatusCode);
        assessor = await _host.SignInAsync(Staff.For(assessmentTask["role"]!.GetValue<string>()));
        var replan = await CaseApi.OpenTaskAsync(coordinator, location, "handover");
        Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(assessor, replan["id"]!.GetValue<long>(),
            new { handoverRequired = true, receivingService = "social-care", summary = "Package of care" })).StatusCode);
        var handovers = (await coordinator.GetFromJsonAsync<JsonArray>($"{location}/handovers"))!;
        Assert.Equal([("gp", "cancelled"), ("social-care", "requested")], handovers.Select(h => (h!["receivingService"]!.GetValue<string>(), h["status"]!.GetValue<string>())));
    }
}
