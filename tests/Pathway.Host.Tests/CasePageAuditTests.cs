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

    [Fact]
    public async Task CaseApi_ReadByAnAdministratorOutsideTheTeam_NeedsAReason_AndTheAuditKeepsIt()
    {
        var coordinator = await _host.SignInAsync("coordinator");
        var caseId = (await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid())).Headers.Location!.ToString().Split('/')[^1];
        var admin = await _host.SignInAsync("admin");

        var without = await admin.GetAsync($"/api/cases/{caseId}/journal");
        using var withReason = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/journal") { Headers = { { "Access-Reason", "Safeguarding review requested by the Caldicott guardian" } } };
        var with = await admin.SendAsync(withReason);

        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);
        Assert.Contains("PW4700", await without.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        var audit = (await admin.GetFromJsonAsync<JsonArray>($"/api/audit?caseId={caseId}"))!;
        Assert.Contains(audit, a => a!["actorId"]!.GetValue<string>() == "admin" && a["what"]!.GetValue<string>() == "GET /api/cases/{id:guid}/journal"
            && a["reason"]?.GetValue<string>() == "Safeguarding review requested by the Caldicott guardian");
    }
}
