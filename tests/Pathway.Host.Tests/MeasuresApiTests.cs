namespace Pathway.Host.Tests;

/// <summary>The measures page, API and exports through the real host, for the reporting roles only.</summary>
public sealed class MeasuresApiTests : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host;

    public MeasuresApiTests(PathwayHostFactory host) => _host = host;

    [Fact]
    public async Task Measures_AfterAReferral_ShowAggregatesPageAndCsvToReportingRolesOnly()
    {
        // given a referral on the pathway
        var coordinator = await _host.SignInAsync("coordinator");
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid("4010232137"))).StatusCode);
        var commissioner = await _host.SignInAsync("commissioner");

        // when the commissioner reads the measures, then the projection has caught up with the journal
        var measures = (await commissioner.GetFromJsonAsync<JsonObject>("/api/measures"))!;
        Assert.True(measures["dashboard"]!["referrals"]!.GetValue<int>() >= 1);

        var page = await commissioner.GetStringAsync("/measures");
        Assert.Contains("2-hour urgent community response", page, StringComparison.Ordinal);
        Assert.Contains("<th class=\"nhsuk-table__header\" scope=\"col\">", page, StringComparison.Ordinal);
        Assert.Contains("<label class=\"nhsuk-label\" for=\"filter-locality\">", page, StringComparison.Ordinal);

        var csv = await commissioner.GetAsync("/api/measures/ucr-2-hour.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var referrals = await commissioner.GetStringAsync("/api/measures/ucr-referrals.csv");
        Assert.StartsWith("case_id,referral_received_date", referrals, StringComparison.Ordinal);
        Assert.DoesNotContain("4010232137", referrals, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await commissioner.GetAsync("/api/measures/no-such-measure.csv")).StatusCode);

        // and a clinician without a reporting role is refused
        var nurse = await _host.SignInAsync("nurse");
        Assert.Equal(HttpStatusCode.Forbidden, (await nurse.GetAsync("/api/measures")).StatusCode);
    }
}
