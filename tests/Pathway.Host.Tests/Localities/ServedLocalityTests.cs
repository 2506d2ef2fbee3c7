using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Runtime.Storage;

namespace Pathway.Host.Tests.Localities;

/// <summary>
/// A person records referrals only for the localities they serve (those whose teams they are in), so they
/// can always open the case they made; a new locality runs the national definitions at once.
/// </summary>
public sealed class ServedLocalityTests : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host;

    public ServedLocalityTests(PathwayHostFactory host) => _host = host;

    private static JsonObject ReferralFor(string locality, string nhsNumber)
    {
        var body = Referrals.Valid(nhsNumber);
        body["person"]!["locality"] = locality;
        return body;
    }

    private async Task<(int People, int Referrals, int Cases)> CountsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        return (await db.People.CountAsync(), await db.Referrals.CountAsync(), await db.Cases.CountAsync());
    }

    [Fact]
    public async Task Referral_ForALocalityTheCoordinatorDoesNotServe_Is403AndWritesNothing()
    {
        var coordinator = await _host.SignInAsync("coordinator");
        var before = await CountsAsync();

        var response = await coordinator.PostAsJsonAsync("/api/referrals", ReferralFor("riverside", "9000000009"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("PW4620", problem["code"]!.GetValue<string>());
        Assert.Contains("riverside", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task FhirReferral_ForALocalityTheCoordinatorDoesNotServe_Is403OperationOutcome()
    {
        var coordinator = await _host.SignInAsync("coordinator");
        var bundle = FhirBundles.New("SR-NOT-SERVED", "9000000009").Replace("\"district\":\"north-shire\"", "\"district\":\"riverside\"", StringComparison.Ordinal);
        var before = await CountsAsync();

        var response = await coordinator.PostAsync("/fhir/$process-message", new StringContent(bundle, System.Text.Encoding.UTF8, "application/fhir+json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("OperationOutcome", (await response.Content.ReadFromJsonAsync<JsonObject>())!["resourceType"]!.GetValue<string>());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Referral_UnknownLocality_Is400NamingTheLocalitiesThereAre()
    {
        var coordinator = await _host.SignInAsync("coordinator");

        var response = await coordinator.PostAsJsonAsync("/api/referrals", ReferralFor("atlantis", "9434765870"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["person.locality"]![0]!.GetValue<string>();
        Assert.Contains("north-shire", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SinglePointOfAccess_ServingEveryLocality_RecordsForRiversideAndOpensTheCase()
    {
        var spa = await _host.SignInAsync("spa");

        var response = await spa.PostAsJsonAsync("/api/referrals", ReferralFor("riverside", "9434765870"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await CaseApi.CaseAsync(spa, response.Headers.Location!.ToString());
        Assert.Equal("riverside", view["variables"]!["team"]!.GetValue<string>());
    }

    [Fact]
    public async Task NewLocality_AddedByAnAdministrator_TakesReferralsAtOnceOnTheNationalPathwayAndRules()
    {
        var admin = await _host.SignInAsync("admin");
        var added = await admin.PostAsJsonAsync("/api/localities", new JsonObject
        {
            ["code"] = "east-vale", ["name"] = "East Vale", ["teams"] = new JsonArray("north-shire"), ["huddleDays"] = new JsonArray("Monday"),
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var coordinator = await _host.SignInAsync("coordinator");

        var response = await coordinator.PostAsJsonAsync("/api/referrals", ReferralFor("east-vale", "9434765919"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var view = await CaseApi.CaseAsync(coordinator, location);
        Assert.Equal("north-shire", view["variables"]!["team"]!.GetValue<string>());
        // A fall with NEWS2 1 and no red flags: the national best-placed-assessor rule decides the 2-hour response.
        Assert.Equal("2-hour", view["variables"]!["responseStandard"]!.GetValue<string>());
        var decided = (await coordinator.GetFromJsonAsync<JsonArray>(location + "/journal"))!.First(j => j!["kind"]!.GetValue<string>() == "rules.decided")!;
        Assert.Equal("national", decided["data"]!["appliedFrom"]!.GetValue<string>());
    }

    [Fact]
    public async Task PhoneForm_OffersOnlyTheLocalitiesThePersonServes()
    {
        var coordinator = await (await _host.SignInAsync("coordinator")).GetStringAsync("/referrals/new");
        var spa = await (await _host.SignInAsync("spa")).GetStringAsync("/referrals/new");

        Assert.Contains("<option value=\"north-shire\"", coordinator, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"riverside\"", coordinator, StringComparison.Ordinal);
        Assert.Contains("<option value=\"riverside\"", spa, StringComparison.Ordinal);
        Assert.Contains(">Coastal Bay<", spa, StringComparison.Ordinal);
    }
}
