namespace Pathway.Host.Tests;

/// <summary>GET /api/cases: the reader's teams' cases, found by NHS number, name, date of birth or reference, filtered and paged.</summary>
public sealed class CaseListApiTests : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host;

    public CaseListApiTests(PathwayHostFactory host) => _host = host;

    private async Task<(HttpClient Client, string CaseId)> ReferAsync(string nhsNumber, string name, string dateOfBirth, string locality = "north-shire")
    {
        // The single point of access serves every locality.
        var coordinator = await _host.SignInAsync("spa");
        var referral = Referrals.Valid(nhsNumber);
        referral["person"]!["name"] = name;
        referral["person"]!["dateOfBirth"] = dateOfBirth;
        referral["person"]!["locality"] = locality;
        var created = await coordinator.PostAsJsonAsync("/api/referrals", referral);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (coordinator, created.Headers.Location!.ToString().Split('/')[^1]);
    }

    private static async Task<JsonObject> ListAsync(HttpClient client, string query) => (await client.GetFromJsonAsync<JsonObject>("/api/cases?" + query))!;

    private static List<string> Names(JsonObject page) => [.. page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>())];

    [Fact]
    public async Task Search_FindsByNhsNumberWithSpacesNameDateOfBirthAndReference()
    {
        // given two people
        var (client, caseId) = await ReferAsync("9990000417", "Nora Listing", "1939-07-15");
        await ReferAsync("9990000425", "Olive Listing", "1940-01-20");

        // then each kind of search finds only the one it names
        Assert.Equal(["Nora Listing"], Names(await ListAsync(client, "q=999%20000%200417")));
        Assert.Equal(["Olive Listing"], Names(await ListAsync(client, "q=olive")));
        Assert.Equal(["Nora Listing"], Names(await ListAsync(client, "q=15/7/1939")));
        var item = (await ListAsync(client, "q=nora"))["items"]!.AsArray().Single()!;
        Assert.Equal(["Nora Listing"], Names(await ListAsync(client, "q=" + item["reference"]!.GetValue<string>().ToLowerInvariant())));
        Assert.Equal(caseId, item["caseId"]!.GetValue<string>());
        Assert.Equal(PathwayHostFactory.Start.Year - 1939, item["age"]!.GetValue<int>());
    }

    [Fact]
    public async Task List_IsFilteredPagedAndLimitedToTheReadersTeams()
    {
        // given three cases in north-shire and one in coastal-bay
        var (coordinator, _) = await ReferAsync("4010232137", "Pam Paging", "1935-02-01");
        await ReferAsync("9434765919", "Rita Paging", "1938-08-16");
        await ReferAsync("6541003238", "Sara Paging", "1940-01-20");
        await ReferAsync("9990000409", "Quinn Coastal", "1945-05-05", "coastal-bay");

        // then the pages hold the cases, newest first, two at a time
        var first = await ListAsync(coordinator, "status=running&locality=north-shire&standard=2-hour&pageSize=2");
        var total = first["total"]!.GetValue<int>();
        Assert.True(total >= 3);
        Assert.Equal(2, first["items"]!.AsArray().Count);
        var second = await ListAsync(coordinator, "status=running&locality=north-shire&standard=2-hour&pageSize=2&page=2");
        Assert.DoesNotContain(Names(second), Names(first).Contains);
        Assert.Empty(Names(await ListAsync(coordinator, "status=completed")));
        Assert.Empty(Names(await ListAsync(coordinator, "overdue=true")));

        // and a north-shire nurse does not see the coastal-bay case, which an administrator does
        Assert.Empty(Names(await ListAsync(await _host.SignInAsync("coordinator"), "q=quinn")));
        var nurse = await _host.SignInAsync("nurse");
        Assert.Empty(Names(await ListAsync(nurse, "q=quinn")));
        Assert.Equal(["Quinn Coastal"], Names(await ListAsync(await _host.SignInAsync("admin"), "q=quinn")));

        // and a task past its due time makes its case overdue
        _host.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Contains("Pam Paging", Names(await ListAsync(await _host.SignInAsync("coordinator"), "overdue=true")));
    }

    [Fact]
    public async Task List_UnknownStatus_Is400WithItsCode()
    {
        var coordinator = await _host.SignInAsync("coordinator");
        var response = await coordinator.GetAsync("/api/cases?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PW4681", (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
    }
}
