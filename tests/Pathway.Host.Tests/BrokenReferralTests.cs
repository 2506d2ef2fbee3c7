using Microsoft.Extensions.DependencyInjection;

namespace Pathway.Host.Tests;

/// <summary>Many mutations of a valid referral: each is a 400 problem naming the field, none a 500, and nothing is written.</summary>
public sealed class BrokenReferralTests : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host;

    public BrokenReferralTests(PathwayHostFactory host) => _host = host;

    public static TheoryData<string, string?, string> Mutations()
    {
        // (JSON path to change, the new value as JSON or null to remove, a word the problem must name)
        (string Path, string? Value, string Names)[] cases =
        [
            ("person", null, "person"),
            ("person.nhsNumber", null, "nhsNumber"),
            ("person.nhsNumber", "\"9434765918\"", "nhsNumber"),
            ("person.nhsNumber", "\"12345\"", "nhsNumber"),
            ("person.nhsNumber", "\"ABCDEFGHIJ\"", "nhsNumber"),
            ("person.name", "\"\"", "name"),
            ("person.name", null, "name"),
            ("person.dateOfBirth", null, "dateOfBirth"),
            ("person.dateOfBirth", "\"2999-01-01\"", "dateOfBirth"),
            ("person.dateOfBirth", "\"02/03/1941\"", "dateOfBirth"),
            ("person.dateOfBirth", "42", "dateOfBirth"),
            ("person.locality", "\"atlantis\"", "locality"),
            ("person.locality", null, "locality"),
            ("referralSource", null, "referralSource"),
            ("referralSource", "\"carrier-pigeon\"", "referralSource"),
            ("presentingNeed", "\"hiccups\"", "presentingNeed"),
            ("presentingNeed", null, "presentingNeed"),
            ("clinicalFrailtyScale", "0", "clinicalFrailtyScale"),
            ("clinicalFrailtyScale", "10", "clinicalFrailtyScale"),
            ("clinicalFrailtyScale", "\"six\"", "clinicalFrailtyScale"),
            ("clinicalFrailtyScale", null, "clinicalFrailtyScale"),
            ("observations", null, "observations"),
            ("observations.respirationRate", null, "respirationRate"),
            ("observations.respirationRate", "0", "respirationRate"),
            ("observations.oxygenSaturation", "101", "oxygenSaturation"),
            ("observations.supplementalOxygen", null, "supplementalOxygen"),
            ("observations.supplementalOxygen", "\"yes\"", "supplementalOxygen"),
            ("observations.systolicBloodPressure", "-5", "systolicBloodPressure"),
            ("observations.pulse", "999", "pulse"),
            ("observations.consciousness", "\"sleepy\"", "consciousness"),
            ("observations.temperature", "60", "temperature"),
            ("observations.temperature", null, "temperature"),
            ("consentGiven", null, "consentGiven"),
            ("consentGiven", "false", "consentGiven"),
            ("carerStatus", "\"tired\"", "carerStatus"),
            ("setting", "\"boat\"", "setting"),
            ("carers", "[{\"name\":\"\",\"involvement\":\"main-carer\"}]", "carers[0].name"),
            ("carers", "[{\"name\":\"Tom\",\"involvement\":\"sometimes\"}]", "carers[0].involvement"),
            ("safeguardingFlags", "[\"\"]", "safeguardingFlags"),
            ("whatMatters", "\"" + new string('x', 2100) + "\"", "whatMatters"),
            ("flags", "\"none\"", "flags"),
        ];
        var data = new TheoryData<string, string?, string>();
        foreach (var (path, value, names) in cases)
            data.Add(path, value, names);
        return data;
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Referral_Mutated_Is400NamingTheFieldAndWritesNothing(string path, string? value, string names)
    {
        var client = await _host.SignInAsync("coordinator");
        var body = Referrals.Valid();
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate(body, (node, part) => node[part]!.AsObject());
        if (value is null)
            parent.Remove(parts[^1]);
        else
            parent[parts[^1]] = JsonNode.Parse(value);
        var before = await CountCasesAsync();

        var response = await client.PostAsync("/api/referrals", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("application/problem+json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains(names, problem, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await CountCasesAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("null")]
    public async Task Referral_UnreadableBody_Is400(string json)
    {
        var client = await _host.SignInAsync("coordinator");
        var response = await client.PostAsync("/api/referrals", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Referral_Oversize_Is413()
    {
        var client = await _host.SignInAsync("coordinator");
        var body = Referrals.Valid();
        body["whatMatters"] = new string('x', 2 * 1024 * 1024);
        var response = await client.PostAsync("/api/referrals", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Referral_SameIdempotencyKey_GivesTheSameCaseAndADifferentBodyIsRefused()
    {
        var client = await _host.SignInAsync("coordinator");
        async Task<HttpResponseMessage> Send(JsonObject body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "3f0c2a9e-referral-1");
            return await client.SendAsync(request);
        }

        var first = await Send(Referrals.Valid());
        var second = await Send(Referrals.Valid());
        var changed = Referrals.Valid();
        changed["presentingNeed"] = "reduced-function";
        var third = await Send(changed);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, third.StatusCode);
    }

    [Fact]
    public async Task Referral_Valid_ComputesNews2FromObservations()
    {
        var client = await _host.SignInAsync("coordinator");
        var body = Referrals.Valid();
        body["observations"]!["consciousness"] = "confusion";
        var accepted = await (await client.PostAsJsonAsync("/api/referrals", body)).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(3, accepted!["news2Score"]!.GetValue<int>());
        Assert.True(accepted["news2SingleParameterScore3"]!.GetValue<bool>());
    }

    private async Task<int> CountCasesAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Pathway.Runtime.Storage.PathwayDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Referrals);
    }
}
