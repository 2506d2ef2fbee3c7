namespace Pathway.Host.Tests.Localities;

/// <summary>Localities are data: seeded from the repository's file, read by anyone signed in, added and changed by an administrator.</summary>
public sealed class LocalitiesApiTests : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host;

    public LocalitiesApiTests(PathwayHostFactory host) => _host = host;

    private static JsonObject Locality(string code, string name = "East Vale", params string[] teams) => new()
    {
        ["code"] = code, ["name"] = name, ["teams"] = new JsonArray([.. (teams.Length == 0 ? [code] : teams).Select(t => (JsonNode)t)]),
        ["huddleDays"] = new JsonArray("Tuesday", "Friday"),
    };

    [Fact]
    public async Task List_FreshDatabase_HasTheLocalitiesSeededFromTheFile()
    {
        var client = await _host.SignInAsync("coordinator");

        var localities = (await client.GetFromJsonAsync<JsonArray>("/api/localities"))!;

        var seeded = JsonNode.Parse(await File.ReadAllTextAsync(Repository.Combine("rules", "localities", "localities.json")))!["localities"]!.AsArray();
        Assert.Equal(seeded.Select(l => l!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal),
            localities.Select(l => l!["code"]!.GetValue<string>()).Where(c => seeded.Any(s => s!["code"]!.GetValue<string>() == c)).Order(StringComparer.Ordinal));
        var north = localities.Single(l => l!["code"]!.GetValue<string>() == "north-shire")!;
        Assert.Equal("North Shire", north["name"]!.GetValue<string>());
        Assert.Equal(["north-shire"], north["teams"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.NotEmpty(north["huddleDays"]!.AsArray());
    }

    [Fact]
    public async Task Add_AsAdministrator_IsCreatedAndListed()
    {
        var admin = await _host.SignInAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/localities", Locality("west-fell", "West Fell"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/localities/west-fell", response.Headers.Location!.ToString());
        var read = (await admin.GetFromJsonAsync<JsonObject>("/api/localities/west-fell"))!;
        Assert.Equal("West Fell", read["name"]!.GetValue<string>());
        Assert.Equal(["Tuesday", "Friday"], read["huddleDays"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(1, read["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Add_DuplicateCode_Is409WithItsCode()
    {
        var admin = await _host.SignInAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/localities", Locality("riverside", "Riverside Again"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("PW4621", problem["code"]!.GetValue<string>());
        Assert.Equal("Riverside", (await admin.GetFromJsonAsync<JsonObject>("/api/localities/riverside"))!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Add_BadInput_Is400NamingEachFieldAndStoresNothing()
    {
        var admin = await _host.SignInAsync("admin");
        var body = new JsonObject { ["code"] = "East Vale", ["name"] = "", ["teams"] = new JsonArray(), ["huddleDays"] = new JsonArray("Funday") };

        var response = await admin.PostAsJsonAsync("/api/localities", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["code", "huddleDays[0]", "name", "teams"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonArray>("/api/localities"))!, l => l!["name"]!.GetValue<string>() == "");
    }

    [Theory]
    [InlineData("national")]
    [InlineData("x")]
    [InlineData("-lead")]
    public async Task Add_CodeNotUsable_Is400(string code)
    {
        var admin = await _host.SignInAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/localities", Locality(code, "Somewhere", "somewhere"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Add_NotJson_Is400ProblemNot500()
    {
        var admin = await _host.SignInAsync("admin");

        var response = await admin.PostAsync("/api/localities", new StringContent("{\"code\": [", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]);
    }

    [Theory]
    [InlineData("coordinator")]
    [InlineData("designer")]
    public async Task Add_NotAnAdministrator_Is403(string user)
    {
        var client = await _host.SignInAsync(user);

        var response = await client.PostAsJsonAsync("/api/localities", Locality("nobody-land"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Change_WithTheVersionEdited_SavesAndBumpsTheVersion_AStaleVersionIs409()
    {
        var admin = await _host.SignInAsync("admin");
        await admin.PostAsJsonAsync("/api/localities", Locality("south-moor", "South Moor"));
        var change = Locality("south-moor", "South Moor and Dale", "south-moor", "south-moor-nights");
        change["version"] = 1;

        var saved = await admin.PutAsJsonAsync("/api/localities/south-moor", change);
        var stale = await admin.PutAsJsonAsync("/api/localities/south-moor", change);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = (await saved.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((2, "South Moor and Dale"), (body["version"]!.GetValue<int>(), body["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("PW4623", (await stale.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Change_UnknownCode_Is404()
    {
        var admin = await _host.SignInAsync("admin");

        var response = await admin.PutAsJsonAsync("/api/localities/no-such-place", Locality("no-such-place"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("PW4622", (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Change_AnotherCodeInTheBody_Is400AndTheCodeStays()
    {
        var admin = await _host.SignInAsync("admin");

        var response = await admin.PutAsJsonAsync("/api/localities/coastal-bay", Locality("coastal-cove", "Coastal Cove"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Coastal Bay", (await admin.GetFromJsonAsync<JsonObject>("/api/localities/coastal-bay"))!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task AdminPage_ListsTheLocalities_ForAnAdministratorOnly()
    {
        var admin = await _host.SignInAsync("admin");
        var coordinator = await _host.SignInAsync("coordinator", followRedirects: false);

        var html = await admin.GetStringAsync("/admin/localities");
        var refused = await coordinator.GetAsync("/admin/localities");

        Assert.Contains("data-locality=\"north-shire\"", html, StringComparison.Ordinal);
        Assert.Contains("Add a locality", html, StringComparison.Ordinal);
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{(int)refused.StatusCode}");
        if (refused.StatusCode == HttpStatusCode.Redirect)
            Assert.Contains("denied", refused.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
