namespace Pathway.Host.Tests.InstanceMigration;

/// <summary>A north-shire case running on the national pathway, moved to the locality's own new version where it stands.</summary>
public sealed class OpenCaseMigrationApiTests(PathwayHostFactory host) : IClassFixture<PathwayHostFactory>
{
    private const string Pathways = "/api/pathways/admission-avoidance";

    [Fact]
    public async Task OpenCase_IsCounted_DryRunSaysItCanMove_ItMovesOnce_AndTheJournalSaysSo()
    {
        // given a running case and a north-shire draft that renames the trusted assessment
        var coordinator = await host.SignInAsync("coordinator");
        var referral = await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid("9434760046"));
        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        var location = referral.Headers.Location!.ToString();
        var caseId = location.Split('/')[^1];
        var designer = await host.SignInAsync("designer");
        var xml = await File.ReadAllTextAsync(Repository.Combine("workflows", "admission-avoidance.bpmn"));
        var draft = xml.Replace("name=\"Trusted assessment\"", "name=\"Trusted assessment (north-shire)\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await designer.PutAsync($"{Pathways}/draft?locality=north-shire", new StringContent(draft))).StatusCode);

        // when
        var counts = (await designer.GetFromJsonAsync<JsonObject>($"{Pathways}/open-cases?locality=north-shire"))!;
        var dryRun = await (await designer.PostAsync($"{Pathways}/migrations/dry-run?locality=north-shire", null)).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.OK, (await designer.PostAsync($"{Pathways}/publish?locality=north-shire", null)).StatusCode);
        var moved = (await (await designer.PostAsync($"{Pathways}/migrations?locality=north-shire", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var again = (await (await designer.PostAsJsonAsync($"{Pathways}/migrations?locality=north-shire", new { caseIds = new[] { caseId } })).Content.ReadFromJsonAsync<JsonObject>())!;

        // then
        Assert.Equal(1, counts["cases"]!.GetValue<int>());
        var version = Assert.Single(counts["versions"]!.AsArray())!;
        Assert.Equal((1, "national", 1), (version["version"]!.GetValue<int>(), version["locality"]!.GetValue<string>(), version["cases"]!.GetValue<int>()));
        Assert.Equal((1, 0), (dryRun!["canMove"]!.GetValue<int>(), dryRun["cannotMove"]!.GetValue<int>()));
        Assert.Equal("north-shire", dryRun["target"]!["locality"]!.GetValue<string>());
        var one = Assert.Single(moved["moved"]!.AsArray())!;
        Assert.Equal((caseId, true), (one["caseId"]!.GetValue<string>(), one["moved"]!.GetValue<bool>()));
        Assert.Equal((0, 1), (again["moved"]!.AsArray().Count, again["alreadyThere"]!.GetValue<int>()));
        Assert.Single(await CaseApi.JournalKindsAsync(coordinator, location), k => k == "case.migrated");
        Assert.Equal("Trusted assessment", (await CaseApi.OpenTaskAsync(coordinator, location, "trusted-assessment"))["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Migrations_ForACommissioner_AreForbidden_AndAPathwayWithNoVersionIsACodedNotFound()
    {
        var commissioner = await host.SignInAsync("commissioner");
        var designer = await host.SignInAsync("designer");

        var forbidden = await commissioner.PostAsync($"{Pathways}/migrations", null);
        var noDraft = await designer.PostAsync("/api/pathways/no-such-pathway/migrations/dry-run", null);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noDraft.StatusCode);
        Assert.Equal("PW4725", (await noDraft.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
    }
}
