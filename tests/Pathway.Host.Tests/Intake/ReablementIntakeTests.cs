using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;
using Pathway.DesignerHost.Pages.Referrals;

namespace Pathway.Host.Tests.Intake;

/// <summary>Reablement potential reaches the rules from every intake channel, so the 2-day reablement route is reachable from real referrals.</summary>
public sealed class ReablementIntakeTests : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host;

    public ReablementIntakeTests(PathwayHostFactory host) => _host = host;

    [Fact]
    public async Task JsonReferral_ReducedFunctionWithReablementPotential_TakesTheTwoDayReablementRoute()
    {
        var client = await _host.SignInAsync("coordinator");
        // Its own NHS number: the FHIR test's person has other details, which a JSON referral would have to confirm.
        var body = Referrals.Valid("9990000808");
        body["presentingNeed"] = "reduced-function";
        body["carerStatus"] = "coping";
        body["reablementPotential"] = true;

        var response = await client.PostAsJsonAsync("/api/referrals", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var variables = (await CaseApi.CaseAsync(client, response.Headers.Location!.ToString()))["variables"]!;
        Assert.True(variables["reablementPotential"]!.GetValue<bool>());
        Assert.Equal("2-day", variables["responseStandard"]!.GetValue<string>());
    }

    [Fact]
    public async Task JsonReferral_ReducedFunctionWithoutReablementPotential_RefusedNamingTheField()
    {
        var client = await _host.SignInAsync("coordinator");
        var body = Referrals.Valid("9434765870");
        body["presentingNeed"] = "reduced-function";

        var response = await client.PostAsJsonAsync("/api/referrals", body);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}");
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.NotNull(problem!["errors"]!["reablementPotential"]);
    }

    [Fact]
    public async Task JsonReferral_ReablementPotentialNotABoolean_Refused()
    {
        var client = await _host.SignInAsync("coordinator");
        var body = Referrals.Valid("9434765870");
        body["reablementPotential"] = "perhaps";

        var response = await client.PostAsJsonAsync("/api/referrals", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task FhirReferral_ReablementObservation_TakesTheTwoDayReablementRoute()
    {
        var client = await _host.SignInAsync("coordinator");
        var bundle = FhirBundles.New("SR-REABLE-1", "9434765870", "reduced-function", new JsonObject { ["valueBoolean"] = true });

        var response = await client.PostAsync("/fhir/$process-message", new StringContent(bundle, System.Text.Encoding.UTF8, "application/fhir+json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var variables = (await CaseApi.CaseAsync(client, response.Headers.Location!.ToString()))["variables"]!;
        Assert.True(variables["reablementPotential"]!.GetValue<bool>());
    }

    [Fact]
    public async Task FhirReferral_ReablementObservationWithoutABoolean_RefusedWithOperationOutcome()
    {
        var client = await _host.SignInAsync("coordinator");
        var bundle = FhirBundles.New("SR-REABLE-2", "9434765870", "reduced-function", new JsonObject { ["valueString"] = "maybe" });

        var response = await client.PostAsync("/fhir/$process-message", new StringContent(bundle, System.Text.Encoding.UTF8, "application/fhir+json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var outcome = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("reablement-potential", outcome!["issue"]![0]!["diagnostics"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FhirReferral_ReducedFunctionWithoutReablementObservation_RefusedNamingTheField()
    {
        var client = await _host.SignInAsync("coordinator");
        var bundle = FhirBundles.New("SR-REABLE-3", "9434765870", "reduced-function");

        var response = await client.PostAsync("/fhir/$process-message", new StringContent(bundle, System.Text.Encoding.UTF8, "application/fhir+json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("reablementPotential", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    [InlineData("", null)]
    public void PhoneForm_ReablementAnswer_ReadOntoTheReferral(string answer, bool? expected)
    {
        var form = new FormCollection(new Dictionary<string, StringValues> { ["presentingNeed"] = "reduced-function", ["reablementPotential"] = answer });

        var referral = ReferralForm.Read(form, new ModelStateDictionary());

        Assert.Equal(expected, referral.ReablementPotential);
    }

    [Fact]
    public async Task PhoneForm_AsksAboutReablementPotential()
    {
        var client = await _host.SignInAsync("coordinator");

        var html = await client.GetStringAsync("/referrals/new");

        Assert.Contains("name=\"reablementPotential\"", html, StringComparison.Ordinal);
        Assert.Contains("Could a few weeks of reablement get them back to doing everyday things?", html, StringComparison.Ordinal);
    }
}
