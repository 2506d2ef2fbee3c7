using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Storage;

namespace Pathway.Host.Tests.Races;

/// <summary>
/// Every pair of case commands that can race, sent at the same moment through the real host,
/// round after round: never a 500, exactly one winner, the loser a 409 naming what won, and the
/// rows of one command only (one assessment, one verdict, one answer, one closure).
/// </summary>
public sealed class CaseRaceTests : IClassFixture<PathwayHostFactory>
{
    private const int Rounds = 20;
    private readonly CaseSteps _steps;

    public CaseRaceTests(PathwayHostFactory host) => _steps = new CaseSteps(host);

    [Fact]
    public async Task CompleteAndComplete_FourAtOnceOnTheAssessmentTask_OneAssessmentAndThreeConflicts()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var location = await _steps.ReferAsync();
            var task = await _steps.OpenTaskAsync(location, "trusted-assessment");
            var taskId = task["id"]!.GetValue<long>();
            var assessor = await _steps.AsAsync(Staff.For(task["role"]!.GetValue<string>()));

            var answers = await Race.RunAsync([.. Enumerable.Repeat(() => CaseApi.CompleteAsync(assessor, taskId, CaseApi.Assessment()), 4)]);

            await Race.AssertOneWinnerAsync(answers, $"round {round}");
            var caseId = CaseSteps.CaseId(location);
            Assert.Equal(1, await _steps.ReadAsync(db => db.Assessments.CountAsync(a => a.CaseId == caseId)));
            Assert.Equal(1, await _steps.JournalCountAsync(caseId, "assessment.recorded"));
            foreach (var loser in answers.Where(a => !a.IsSuccessStatusCode))
            {
                var body = await loser.Content.ReadAsStringAsync();
                // A loser whose reads straddled the winner's commit sees the assessment before the task: either names who won.
                Assert.True(body.Contains($"task {taskId} was already completed by", StringComparison.Ordinal)
                    || body.Contains("trusted assessment was already recorded by", StringComparison.Ordinal), body);
            }
            await _steps.AssertJournalWholeAsync(caseId);
        }
    }

    [Fact]
    public async Task AcceptAndChallenge_BySameReviewerAtOnce_OneVerdictOnTheVersion()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var location = await _steps.ReferAsync();
            var role = (await _steps.OpenTaskAsync(location, "trusted-assessment"))["role"]!.GetValue<string>();
            await _steps.AssessAsync(location);
            var reviewer = await _steps.AsAsync(Staff.OtherThan(role));

            var answers = await Race.RunAsync(
                () => reviewer.PostAsync($"{location}/assessment/accept", null),
                () => reviewer.PostAsJsonAsync($"{location}/assessment/challenge", new { reason = "No medication review" }));

            var winner = await Race.AssertOneWinnerAsync(answers, $"round {round}");
            var caseId = CaseSteps.CaseId(location);
            var reviews = await _steps.ReadAsync(db => db.AssessmentReviews.Where(r => r.CaseId == caseId).ToListAsync());
            var review = Assert.Single(reviews);
            Assert.Equal(winner == 0, review.Accepted);
            Assert.Equal(winner == 0 ? 1 : 0, await _steps.JournalCountAsync(caseId, "assessment.accepted"));
            Assert.Equal(winner == 1 ? 1 : 0, await _steps.JournalCountAsync(caseId, "assessment.challenged"));
            Assert.Equal(winner == 1 ? 1 : 0, await _steps.ReadAsync(db => db.WorkTasks.CountAsync(t => t.CaseId == caseId && t.Form == "trusted-assessment-revision")));
            Assert.Equal(winner == 1, review.RevisionTaskId is not null);
            await _steps.AssertJournalWholeAsync(caseId);
        }
    }

    [Fact]
    public async Task ClaimAndClaim_ByTwoCliniciansAtOnce_OneOwnerAndOneClaimLine()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var location = await _steps.ReferAsync();
            var taskId = (await _steps.OpenTaskAsync(location, "trusted-assessment"))["id"]!.GetValue<long>();
            var coordinator = await _steps.AsAsync("coordinator");
            // Offered to every clinician, so two people hold its role.
            Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { toRole = "clinician" })).StatusCode);
            var (nurse, physio) = (await _steps.AsAsync("nurse"), await _steps.AsAsync("physio"));

            var answers = await Race.RunAsync(() => nurse.PostAsync($"/api/tasks/{taskId}/claim", null), () => physio.PostAsync($"/api/tasks/{taskId}/claim", null));

            var winner = await Race.AssertOneWinnerAsync(answers, $"round {round}");
            var task = await _steps.ReadAsync(db => db.WorkTasks.AsNoTracking().SingleAsync(t => t.Id == taskId));
            Assert.Equal(winner == 0 ? "nurse" : "physio", task.Owner);
            Assert.Equal(1, await _steps.JournalCountAsync(CaseSteps.CaseId(location), "task.claimed"));
            await _steps.AssertJournalWholeAsync(CaseSteps.CaseId(location));
        }
    }

    [Fact]
    public async Task ClaimTwice_BySameClinicianAtOnce_BothAnswerTheClaimAndOneClaimLine()
    {
        var location = await _steps.ReferAsync();
        var task = await _steps.OpenTaskAsync(location, "trusted-assessment");
        var taskId = task["id"]!.GetValue<long>();
        var assessor = await _steps.AsAsync(Staff.For(task["role"]!.GetValue<string>()));

        var answers = await Race.RunAsync(() => assessor.PostAsync($"/api/tasks/{taskId}/claim", null), () => assessor.PostAsync($"/api/tasks/{taskId}/claim", null));

        // The same person repeating the same claim is idempotent: both see the task as theirs.
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(1, await _steps.JournalCountAsync(CaseSteps.CaseId(location), "task.claimed"));
    }

    [Fact]
    public async Task ClaimAndReassign_AtOnce_EitherTheClaimOrTheReassignmentHolds()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var location = await _steps.ReferAsync();
            var task = await _steps.OpenTaskAsync(location, "trusted-assessment");
            var taskId = task["id"]!.GetValue<long>();
            var claimer = Staff.For(task["role"]!.GetValue<string>());
            var other = claimer == "ot" ? "physio" : "ot";
            var (clinician, coordinator) = (await _steps.AsAsync(claimer), await _steps.AsAsync("coordinator"));

            var answers = await Race.RunAsync(
                () => clinician.PostAsync($"/api/tasks/{taskId}/claim", null),
                () => coordinator.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { toPerson = other }));

            var winner = await Race.AssertOneWinnerAsync(answers, $"round {round}");
            var row = await _steps.ReadAsync(db => db.WorkTasks.AsNoTracking().SingleAsync(t => t.Id == taskId));
            Assert.Equal(winner == 0 ? claimer : other, row.Owner);
            var caseId = CaseSteps.CaseId(location);
            Assert.Equal(winner == 0 ? 1 : 0, await _steps.JournalCountAsync(caseId, "task.claimed"));
            Assert.Equal(winner == 1 ? 1 : 0, await _steps.JournalCountAsync(caseId, "task.reassigned"));
            await _steps.AssertJournalWholeAsync(caseId);
        }
    }

    [Fact]
    public async Task HandoverAcceptAndDecline_AtOnce_OneAnswerStands()
    {
        var coordinator = await _steps.AsAsync("coordinator");
        for (var round = 1; round <= Rounds; round++)
        {
            var location = await _steps.ReferAsync();
            await _steps.HandoverRequestedAsync(location);

            var answers = await Race.RunAsync(
                () => coordinator.PostAsJsonAsync($"{location}/handovers/response", new { accepted = true }),
                () => coordinator.PostAsJsonAsync($"{location}/handovers/response", new { accepted = false, declineReason = "No capacity this week" }));

            var winner = await Race.AssertOneWinnerAsync(answers, $"round {round}");
            var caseId = CaseSteps.CaseId(location);
            var handover = Assert.Single(await _steps.ReadAsync(db => db.Handovers.AsNoTracking().Where(h => h.CaseId == caseId).ToListAsync()));
            Assert.Equal(winner == 0 ? "accepted" : "rejected", handover.Status);
            Assert.Equal(winner == 0 ? null : "No capacity this week", handover.DeclineReason);
            Assert.Contains("the handover to gp was already", await answers[1 - winner].Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await _steps.AssertJournalWholeAsync(caseId);
        }
    }

    [Fact]
    public async Task CloseAndComplete_CloseTaskWithTwoOutcomesAtOnce_OneClosure()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var location = await _steps.ReferAsync();
            var (taskId, closer) = await _steps.ToCloseAsync(location);
            var client = await _steps.AsAsync(closer);

            var answers = await Race.RunAsync(
                () => CaseApi.CompleteAsync(client, taskId, new { outcome = "admission-avoided" }),
                () => CaseApi.CompleteAsync(client, taskId, new { outcome = "admitted", reason = "Fell again overnight" }));

            var winner = await Race.AssertOneWinnerAsync(answers, $"round {round}");
            var caseId = CaseSteps.CaseId(location);
            var closure = Assert.Single(await _steps.ReadAsync(db => db.CaseClosures.AsNoTracking().Where(c => c.CaseId == caseId).ToListAsync()));
            Assert.Equal(winner == 0 ? "admission-avoided" : "admitted", closure.Outcome);
            Assert.Equal(1, await _steps.JournalCountAsync(caseId, "case.outcome"));
            await _steps.AssertJournalWholeAsync(caseId);
        }
    }

    [Fact]
    public async Task FhirRevokeAndComplete_OnTheLastTaskAtOnce_CaseEitherClosedOrCancelled()
    {
        var coordinator = await _steps.AsAsync("coordinator");
        for (var round = 1; round <= Rounds; round++)
        {
            var serviceRequest = $"SR-RACE-{round}";
            var location = await _steps.ReferByFhirAsync(serviceRequest);
            var (taskId, closer) = await _steps.ToCloseAsync(location);
            var client = await _steps.AsAsync(closer);

            var answers = await Race.RunAsync(
                () => coordinator.PostAsync("/fhir/$process-message", CaseSteps.Fhir(FhirBundles.Revoke(serviceRequest))),
                () => CaseApi.CompleteAsync(client, taskId, new { outcome = "admission-avoided" }));

            var winner = await Race.AssertOneWinnerAsync(answers, $"round {round}");
            var caseId = CaseSteps.CaseId(location);
            var (status, closures, revoked) = await _steps.ReadAsync(async db => (
                (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).Status,
                await db.CaseClosures.CountAsync(c => c.CaseId == caseId),
                (await db.Referrals.AsNoTracking().SingleAsync(r => r.CaseId == caseId)).RevokedAt is not null));
            Assert.Equal(winner == 0 ? Engine.Runtime.CaseStatus.Cancelled : Engine.Runtime.CaseStatus.Completed, status);
            Assert.Equal(winner == 1 ? 1 : 0, closures);
            Assert.Equal(winner == 0, revoked);
            await _steps.AssertJournalWholeAsync(caseId);
        }
    }

    [Fact]
    public async Task SameReferralTwiceAtOnceWithOneIdempotencyKey_OneCaseOneCreatedAndOneReplay()
    {
        var coordinator = await _steps.AsAsync("coordinator");
        for (var round = 1; round <= Rounds; round++)
        {
            var key = $"race-{round}-{Guid.NewGuid():N}";
            Task<HttpResponseMessage> Send()
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(Referrals.Valid("4010232137")) };
                request.Headers.Add("Idempotency-Key", key);
                return coordinator.SendAsync(request);
            }

            var casesBefore = await _steps.ReadAsync(db => db.Cases.CountAsync());

            var answers = await Race.RunAsync(Send, Send);

            var summary = string.Join(", ", answers.Select(a => (int)a.StatusCode));
            Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.Created) == 1, $"round {round}: one should create the case, got {summary}");
            var other = answers.Single(a => a.StatusCode != HttpStatusCode.Created);
            Assert.True(other.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"round {round}: the other should be a replay or a 409, got {summary}");
            var stored = await _steps.ReadAsync(db => db.IdempotencyKeys.AsNoTracking().Where(k => k.Key == key).ToListAsync());
            var caseId = Assert.Single(stored).CaseId;
            Assert.Equal(1, await _steps.ReadAsync(db => db.Referrals.CountAsync(r => r.CaseId == caseId)));
            Assert.Equal(casesBefore + 1, await _steps.ReadAsync(db => db.Cases.CountAsync()));
            if (other.StatusCode == HttpStatusCode.OK)
                Assert.Equal(caseId, (await other.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<Guid>());
        }
    }

    [Fact]
    public async Task TwoReferralsForANewPersonAtOnce_BothRecordedOnOnePerson()
    {
        var coordinator = await _steps.AsAsync("coordinator");
        for (var round = 1; round <= Rounds / 2; round++)
        {
            var nhsNumber = NewNhsNumber(round);

            var answers = await Race.RunAsync(
                () => coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid(nhsNumber)),
                () => coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid(nhsNumber)));

            // Two referrals are two cases (no Idempotency-Key says otherwise), but one person.
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
            Assert.Equal(1, await _steps.ReadAsync(db => db.People.CountAsync(p => p.NhsNumber == nhsNumber)));
            Assert.Equal(2, await _steps.ReadAsync(db => db.Referrals.CountAsync(r => r.Person!.NhsNumber == nhsNumber)));
        }
    }

    /// <summary>A valid NHS number (modulus 11 check digit) no other test uses.</summary>
    private static string NewNhsNumber(int round)
    {
        for (var stem = 700_000_000 + (round * 1_000); ; stem++)
        {
            var digits = stem.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var check = 11 - (digits.Select((d, i) => (d - '0') * (10 - i)).Sum() % 11);
            if (check == 10)
                continue;
            return digits + (check == 11 ? 0 : check).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
