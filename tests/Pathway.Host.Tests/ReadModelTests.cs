using System.Text.RegularExpressions;
using Pathway.Cases.Huddles;
using Pathway.Cases.Summaries;

namespace Pathway.Host.Tests;

/// <summary>
/// One read model per screen: the worklist and the huddle board come from one query each, so the API
/// and the page list the same rows in the same order, emergencies first.
/// </summary>
public sealed partial class ReadModelTests : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host;

    public ReadModelTests(PathwayHostFactory host) => _host = host;

    private static readonly DateTimeOffset T0 = PathwayHostFactory.Start;

    private static HuddleBoardEntry Entry(long taskId, long? priority, DateTimeOffset? due, DateTimeOffset waitingSince) =>
        new(Guid.Empty, taskId, "north-shire", priority, null, waitingSince, due, null,
            new CaseSummary(Guid.Empty, "Synthetic Person", null, null, null, null, null, "north-shire", null));

    [Fact]
    public void HuddleOrder_MostAtRiskFirst_NoPriorityLast_ThenSoonestDue_ThenLongestWaiting_ThenTaskId()
    {
        var entries = new[]
        {
            Entry(1, null, T0.AddHours(1), T0),
            Entry(2, 3, T0.AddHours(5), T0),
            Entry(3, 3, T0.AddHours(2), T0.AddMinutes(30)),
            Entry(4, 3, T0.AddHours(2), T0),
            Entry(5, 0, T0.AddHours(1), T0),
            Entry(6, 5, null, T0),
            Entry(7, 3, null, T0),
            Entry(8, 3, T0.AddHours(2), T0),
        };

        var order = HuddleBoardQuery.Order(entries).Select(e => e.TaskId);

        // 6 (priority 5); the priority-3 cases by due (4 and 8 tie on due and waiting: id), none due last; then 0; then no priority
        Assert.Equal([6, 4, 8, 3, 2, 7, 5, 1], order);
    }

    [Fact]
    public async Task Worklist_PageAndApi_ListTheSameTasksInTheSameOrder_EmergencyFirst()
    {
        // given community cases and one emergency (NEWS2 7 or more), referred in that order
        var coordinator = await _host.SignInAsync("coordinator");
        foreach (var nhs in new[] { "9990000042", "9990000050" })
            Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid(nhs))).StatusCode);
        var emergency = Referrals.Valid("9990000069");
        emergency["observations"] = new JsonObject
        {
            ["respirationRate"] = 27, ["oxygenSaturation"] = 90, ["supplementalOxygen"] = false, ["systolicBloodPressure"] = 88,
            ["pulse"] = 134, ["consciousness"] = "confusion", ["temperature"] = 39.4,
        };
        var created = await coordinator.PostAsJsonAsync("/api/referrals", emergency);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var emergencyCase = created.Headers.Location!.ToString().Split('/')[^1];

        // when the coordinator reads the team worklist through the API and through the page
        var api = (await coordinator.GetFromJsonAsync<JsonArray>("/api/tasks"))!;
        var page = await coordinator.GetStringAsync("/tasks?view=team");

        // then both list the same tasks in the same order, the emergency first, with who and why
        var apiIds = api.Select(t => t!["id"]!.GetValue<long>()).ToList();
        Assert.Equal(apiIds, TaskIds(page));
        var first = api[0]!;
        Assert.Equal(emergencyCase, first["caseId"]!.GetValue<string>());
        Assert.Equal("999 000 0069", first["case"]!["nhsNumber"]!.GetValue<string>());
        Assert.Equal(17, first["case"]!["news2Score"]!.GetValue<int>());
        Assert.Contains("999/ED", first["case"]!["emergency"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(first["isEmergency"]!.GetValue<bool>());
        Assert.All(api.Skip(1), t => Assert.False(t!["isEmergency"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task HuddleBoard_PageAndApi_ListTheSameCasesInTheSameOrder()
    {
        // given three cases at MDT review
        var coordinator = await _host.SignInAsync("coordinator");
        foreach (var nhs in new[] { "9990000077", "9990000085", "9990000093" })
        {
            var location = (await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid(nhs))).Headers.Location!.ToString();
            var task = await CaseApi.OpenTaskAsync(coordinator, location, "trusted-assessment");
            var assessor = await _host.SignInAsync(Staff.For(task["role"]!.GetValue<string>()));
            Assert.Equal(HttpStatusCode.OK, (await CaseApi.CompleteAsync(assessor, task["id"]!.GetValue<long>(), CaseApi.Assessment())).StatusCode);
        }

        // when the board is read through the API and the page
        var api = (await coordinator.GetFromJsonAsync<JsonArray>("/api/huddles/north-shire"))!;
        var page = await coordinator.GetStringAsync("/huddle");

        // then they agree, row for row
        Assert.True(api.Count >= 3);
        Assert.Equal(api.Select(e => e!["taskId"]!.GetValue<long>()).ToList(), TaskIds(page));
    }

    private static List<long> TaskIds(string html) =>
        [.. TaskIdAttribute().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex("data-task-id=\"(\\d+)\"")]
    private static partial Regex TaskIdAttribute();
}
