using Microsoft.EntityFrameworkCore;
using Pathway.Host.Tests.Races;
using Pathway.Runtime.Storage;

namespace Pathway.Host.Tests.Huddles;

/// <summary>
/// MDT actions recorded before the pathway ran them as its "MDT action" task were ad-hoc worklist
/// rows (form mdt-action, no bookmark). After an upgrade they are still open on the cases decided
/// then: staff claim, release and complete them through the API as before.
/// </summary>
public sealed class AdHocActionTests(PathwayHostFactory host) : IClassFixture<PathwayHostFactory>
{
    private readonly CaseSteps _steps = new(host);

    [Fact]
    public async Task AdHocAction_MadeTheOldWay_IsClaimedReleasedAndCompletedAsStaffDo()
    {
        // given a case with an MDT action made the old way, overdue, on the district nurses' list
        var location = await _steps.ReferAsync();
        var caseId = CaseSteps.CaseId(location);
        var taskId = await AddAdHocActionAsync(caseId, "Medication review", due: PathwayHostFactory.Start.AddHours(-1));
        var nurse = await _steps.AsAsync("district-nurse");
        Assert.Contains(await WorklistIdsAsync(nurse), id => id == taskId);
        var openBefore = await WorkloadAsync();

        // when a district nurse claims it, hands it back, takes it again and marks it done with a note
        Assert.Equal(HttpStatusCode.OK, (await nurse.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nurse.PostAsync($"/api/tasks/{taskId}/release", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nurse.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        var done = await CaseApi.CompleteAsync(nurse, taskId, new { note = "Amlodipine reduced" });

        // then the task is done by her, with her note, and off the worklist
        Assert.True(done.IsSuccessStatusCode, await done.Content.ReadAsStringAsync());
        var task = await _steps.ReadAsync(db => db.WorkTasks.AsNoTracking().SingleAsync(t => t.Id == taskId));
        Assert.Equal((WorkTaskStatus.Completed, "district-nurse", PathwayHostFactory.Start), (task.Status, task.CompletedBy, task.CompletedAt));
        Assert.Contains("Amlodipine reduced", task.OutputJson, StringComparison.Ordinal);
        Assert.DoesNotContain(await WorklistIdsAsync(nurse), id => id == taskId);

        // and the journal has the claims and the completion as the old code wrote them, whole and in order
        var journal = (await (await _steps.AsAsync("coordinator")).GetFromJsonAsync<JsonArray>(location + "/journal"))!;
        var completed = journal.Select(j => j!.AsObject()).Single(j => j["kind"]!.GetValue<string>() == "action.completed");
        Assert.Equal(("district-nurse", taskId, "Medication review", "Amlodipine reduced"),
            (completed["actor"]!.GetValue<string>(), completed["data"]!["task"]!.GetValue<long>(), completed["data"]!["name"]!.GetValue<string>(), completed["data"]!["note"]!.GetValue<string>()));
        Assert.Equal(2, journal.Count(j => j!["kind"]!.GetValue<string>() == "task.claimed"));
        await _steps.AssertJournalWholeAsync(caseId);

        // and the case's timeline says so in words
        Assert.Contains("MDT action done: Medication review", await nurse.GetStringAsync($"/cases/{caseId}"), StringComparison.Ordinal);

        // and the access audit names who completed it on whose record
        var audit = (await (await _steps.AsAsync("admin")).GetFromJsonAsync<JsonArray>($"/api/audit?caseId={caseId}"))!;
        Assert.Contains(audit, a => a!["actorId"]!.GetValue<string>() == "district-nurse" && a["what"]!.GetValue<string>() == "POST /api/tasks/{id:long}/complete");

        // and the workload measure no longer counts it, open or overdue
        var openAfter = await WorkloadAsync();
        Assert.Equal((openBefore.Open - 1, openBefore.Overdue - 1), openAfter);

        // and it cannot be done twice
        var again = await CaseApi.CompleteAsync(nurse, taskId, new { note = "again" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("PW4090", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdHocAction_ForAnotherRole_IsRefusedAndLeftOpen()
    {
        // given an MDT action for the district nurses
        var caseId = CaseSteps.CaseId(await _steps.ReferAsync());
        var taskId = await AddAdHocActionAsync(caseId, "Equipment check", due: null);

        // when a physiotherapist tries to mark it done, or sends a note that is not text
        var physio = await _steps.AsAsync("physio");
        var refused = await CaseApi.CompleteAsync(physio, taskId, new { note = "done" });
        var badNote = await CaseApi.CompleteAsync(await _steps.AsAsync("district-nurse"), taskId, new { note = 42 });

        // then both are refused with their codes, and the task stays open with nothing journalled
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("PW4030", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badNote.StatusCode);
        Assert.Contains("PW4220", await badNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(WorkTaskStatus.Ready, (await _steps.ReadAsync(db => db.WorkTasks.AsNoTracking().SingleAsync(t => t.Id == taskId))).Status);
        Assert.Equal(0, await _steps.JournalCountAsync(caseId, "action.completed"));
    }

    [Fact]
    public async Task AdHocAction_CompletedTwiceAtOnce_OneWinsAndTheOtherGets409()
    {
        var nurse = await _steps.AsAsync("district-nurse");
        for (var round = 1; round <= 10; round++)
        {
            // given an MDT action made the old way
            var caseId = CaseSteps.CaseId(await _steps.ReferAsync());
            var taskId = await AddAdHocActionAsync(caseId, $"Review round {round}", due: null);

            // when two completions arrive at the same moment
            var answers = await Race.RunAsync(
                () => CaseApi.CompleteAsync(nurse, taskId, new { note = "first" }),
                () => CaseApi.CompleteAsync(nurse, taskId, new { note = "second" }));

            // then one wins, the other is told it was already done, and it is journalled once
            await Race.AssertOneWinnerAsync(answers, $"round {round}");
            var loser = answers.Single(a => !a.IsSuccessStatusCode);
            Assert.Contains("PW4090", await loser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(1, await _steps.JournalCountAsync(caseId, "action.completed"));
            await _steps.AssertJournalWholeAsync(caseId);
        }
    }

    /// <summary>The row RecordMdtDecision wrote for each agreed action before the pathway ran them: no bookmark, no node.</summary>
    private async Task<long> AddAdHocActionAsync(Guid caseId, string description, DateTimeOffset? due)
    {
        return await _steps.ReadAsync(async db =>
        {
            var mdtTeam = await db.WorkTasks.AsNoTracking().Where(t => t.CaseId == caseId).Select(t => new { t.Team, t.Locality }).FirstAsync();
            var row = new WorkTaskRecord
            {
                CaseId = caseId, Name = description, Role = "district-nurse", Owner = null, Status = WorkTaskStatus.Ready,
                Form = "mdt-action", Team = mdtTeam.Team, Locality = mdtTeam.Locality, CreatedAt = PathwayHostFactory.Start.AddHours(-2), DueAt = due,
            };
            db.WorkTasks.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
    }

    private static async Task<List<long>> WorklistIdsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonArray>("/api/tasks?role=district-nurse"))!.Select(t => t!["id"]!.GetValue<long>())];

    /// <summary>The workload measure's district-nurse row across teams: open tasks and overdue ones.</summary>
    private async Task<(int Open, int Overdue)> WorkloadAsync()
    {
        var measures = (await (await _steps.AsAsync("commissioner")).GetFromJsonAsync<JsonObject>("/api/measures"))!;
        var rows = measures["dashboard"]!["workload"]!.AsArray().Where(r => r!["role"]!.GetValue<string>() == "district-nurse").ToList();
        return (rows.Sum(r => r!["open"]!.GetValue<int>()), rows.Sum(r => r!["overdue"]!.GetValue<int>()));
    }
}
