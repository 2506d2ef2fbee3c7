namespace Pathway.Host.Tests;

/// <summary>Reading a person's record on the case page is audited like reading it through the API.</summary>
public sealed class CasePageAuditTests : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host;

    public CasePageAuditTests(PathwayHostFactory host) => _host = host;

    [Fact]
    public async Task CasePage_ReadByAClinician_IsWrittenToTheAccessAudit()
    {
        // given a case
        var coordinator = await _host.SignInAsync("coordinator");
        var caseId = (await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid())).Headers.Location!.ToString().Split('/')[^1];

        // when a nurse opens its page
        var nurse = await _host.SignInAsync("nurse");
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync($"/cases/{caseId}")).StatusCode);

        // then the audit shows who read it, and how
        var admin = await _host.SignInAsync("admin");
        var audit = (await admin.GetFromJsonAsync<JsonArray>($"/api/audit?caseId={caseId}"))!;
        Assert.Contains(audit, a => a!["actorId"]!.GetValue<string>() == "nurse" && a["action"]!.GetValue<string>() == "read"
            && a["what"]!.GetValue<string>().StartsWith("GET /cases/", StringComparison.Ordinal));
    }
}
