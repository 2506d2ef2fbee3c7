namespace Pathway.Host.Tests;

/// <summary>BaRS intake: the shared corpus is accepted or refused with an OperationOutcome, never a 500; new and revoked referrals work end to end.</summary>
public sealed class FhirIntakeTests : IClassFixture<PathwayHostFactory>
{
    private const string FhirCorpus = "fhir-bars";

    private readonly PathwayHostFactory _host;

    public FhirIntakeTests(PathwayHostFactory host) => _host = host;

    public static TheoryData<string> CorpusFiles() => new(Corpus.Files(FhirCorpus, "*.json"));

    [CorpusTheory(FhirCorpus)]
    [MemberData(nameof(CorpusFiles))]
    public async Task ProcessMessage_CorpusFile_AcceptedOrRefusedWithOperationOutcome(string file)
    {
        var client = await _host.SignInAsync("coordinator");
        var json = await File.ReadAllTextAsync(Path.Combine(Corpus.Folder(FhirCorpus), file));
        var response = await client.PostAsync("/fhir/$process-message", new StringContent(json, System.Text.Encoding.UTF8, "application/fhir+json"));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("OperationOutcome", body!["resourceType"]!.GetValue<string>());
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity,
            $"{file}: {(int)response.StatusCode} {body.ToJsonString()}");
        if (response.StatusCode != HttpStatusCode.Created)
            Assert.False(string.IsNullOrWhiteSpace(body["issue"]![0]!["diagnostics"]?.GetValue<string>()));
    }

    [Fact]
    public async Task ProcessMessage_NewThenRevoked_StartsThenCancelsTheCase()
    {
        var client = await _host.SignInAsync("coordinator");
        var created = await client.PostAsync("/fhir/$process-message", new StringContent(FhirBundles.New("SR-1001"), System.Text.Encoding.UTF8, "application/fhir+json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!;
        Assert.Equal("Running", (await client.GetFromJsonAsync<JsonObject>(location))!["status"]!.GetValue<string>());

        var revoked = await client.PostAsync("/fhir/$process-message", new StringContent(FhirBundles.Revoke("SR-1001"), System.Text.Encoding.UTF8, "application/fhir+json"));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("Cancelled", (await client.GetFromJsonAsync<JsonObject>(location))!["status"]!.GetValue<string>());
        var again = await client.PostAsync("/fhir/$process-message", new StringContent(FhirBundles.Revoke("SR-1001"), System.Text.Encoding.UTF8, "application/fhir+json"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task ProcessMessage_SameNewReferralDeliveredTwice_MakesOneCase()
    {
        var client = await _host.SignInAsync("coordinator");
        var first = await client.PostAsync("/fhir/$process-message", new StringContent(FhirBundles.New("SR-2002"), System.Text.Encoding.UTF8, "application/fhir+json"));
        var second = await client.PostAsync("/fhir/$process-message", new StringContent(FhirBundles.New("SR-2002"), System.Text.Encoding.UTF8, "application/fhir+json"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var outcome = await second.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("duplicate", outcome!["issue"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ProcessMessage_SameNewReferralDeliveredTwiceAtOnce_MakesOneCase()
    {
        var client = await _host.SignInAsync("coordinator");
        for (var round = 0; round < 10; round++)
        {
            var message = FhirBundles.New($"SR-30{round:00}");
            var answers = await Races.Race.RunAsync(
                () => client.PostAsync("/fhir/$process-message", new StringContent(message, System.Text.Encoding.UTF8, "application/fhir+json")),
                () => client.PostAsync("/fhir/$process-message", new StringContent(message, System.Text.Encoding.UTF8, "application/fhir+json")));

            var statuses = answers.Select(a => a.StatusCode).Order().ToArray();
            Assert.True(statuses is [HttpStatusCode.OK, HttpStatusCode.Created],
                $"round {round}: one delivery should make the case and the other find it, got {string.Join(", ", statuses.Select(s => (int)s))}: {await answers[0].Content.ReadAsStringAsync()} {await answers[1].Content.ReadAsStringAsync()}");
            Assert.Equal(answers[0].Headers.Location, answers[1].Headers.Location);
        }
    }

    [Theory]
    [InlineData("not json at all", HttpStatusCode.BadRequest)]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":\"message\",\"entry\":[{\"fullUrl\":\"urn:uuid:not-a-uuid\",\"resource\":{\"resourceType\":\"Patient\"}}]}", HttpStatusCode.BadRequest)]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}", HttpStatusCode.UnprocessableEntity)]
    public async Task ProcessMessage_Broken_IsRefusedWithOperationOutcome(string json, HttpStatusCode expected)
    {
        var client = await _host.SignInAsync("coordinator");
        var response = await client.PostAsync("/fhir/$process-message", new StringContent(json, System.Text.Encoding.UTF8, "application/fhir+json"));
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("OperationOutcome", (await response.Content.ReadFromJsonAsync<JsonObject>())!["resourceType"]!.GetValue<string>());
    }

    [Fact]
    public async Task ProcessMessage_WithoutConsentOrWithBadNhsNumber_Is422()
    {
        var client = await _host.SignInAsync("coordinator");
        var noConsent = FhirBundles.Message("new", "active", "SR-2001", "9434765919", withConsent: false);
        var badNumber = FhirBundles.New("SR-2002", nhsNumber: "9434765918");
        foreach (var json in new[] { noConsent, badNumber })
        {
            var response = await client.PostAsync("/fhir/$process-message", new StringContent(json, System.Text.Encoding.UTF8, "application/fhir+json"));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        }
    }
}
