using Pathway.Cases.Audit;
using Pathway.DesignerHost.Audit;

namespace Pathway.Host.Tests;

/// <summary>
/// The access audit as an administrator reads it: filtered by person, NHS number, user and day, as sentences
/// and as CSV from the same rows; a clinical record opened by an administrator needs a reason, which is audited.
/// </summary>
public sealed class AuditTests : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host;

    public AuditTests(PathwayHostFactory host) => _host = host;

    private async Task<string> ReferAsync(HttpClient client, string nhsNumber, string name)
    {
        var referral = Referrals.Valid(nhsNumber);
        referral["person"]!["name"] = name;
        var response = await client.PostAsJsonAsync("/api/referrals", referral);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!.ToString().Split('/')[^1];
    }

    [Fact]
    public async Task Audit_FilteredByPersonNhsNumberUserAndDay_ListsOnlyThoseRows()
    {
        // given two people's records, read by different staff
        var nurse = await _host.SignInAsync("nurse");
        var coordinator = await _host.SignInAsync("coordinator");
        var first = await ReferAsync(nurse, "9938196551", "Florence Filterby");
        var second = await ReferAsync(coordinator, "9667044653", "Gordon Otherly");
        await nurse.GetAsync($"/cases/{first}");
        await coordinator.GetAsync($"/cases/{second}");
        var admin = await _host.SignInAsync("admin");

        // then each filter keeps only its rows, and names whose record each was
        var byNhs = (await admin.GetFromJsonAsync<JsonArray>("/api/audit?nhsNumber=993 819 6551"))!;
        Assert.NotEmpty(byNhs);
        Assert.All(byNhs, a => Assert.Equal("Florence Filterby", a!["personName"]!.GetValue<string>()));
        var byPerson = (await admin.GetFromJsonAsync<JsonArray>("/api/audit?person=otherly"))!;
        Assert.NotEmpty(byPerson);
        Assert.All(byPerson, a => Assert.Equal("9667044653", a!["nhsNumber"]!.GetValue<string>()));
        var byUser = (await admin.GetFromJsonAsync<JsonArray>("/api/audit?user=coordinator&person=Filterby"))!;
        Assert.Empty(byUser);
        var today = PathwayHostFactory.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = PathwayHostFactory.Start.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEmpty((await admin.GetFromJsonAsync<JsonArray>($"/api/audit?person=Filterby&from={today}&to={today}"))!);
        Assert.Empty((await admin.GetFromJsonAsync<JsonArray>($"/api/audit?person=Filterby&from={tomorrow}"))!);
    }

    [Fact]
    public async Task AuditPage_AndItsCsv_SayTheSameSentences()
    {
        // given a record read on its page
        var nurse = await _host.SignInAsync("nurse");
        var caseId = await ReferAsync(nurse, "9338391132", "Harriet Sentence");
        await nurse.GetAsync($"/cases/{caseId}");
        var admin = await _host.SignInAsync("admin");

        // when the audit page and its CSV are filtered to that person
        var page = await admin.GetStringAsync("/audit?person=Harriet");
        var csv = await admin.GetAsync("/audit?handler=csv&person=Harriet");

        // then both say who did what to whose record
        const string Sentence = "nurse opened the case page of Harriet Sentence (NHS number 933 839 1132) at 10:00 on 24 November 2026";
        Assert.Contains(Sentence, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("When (UK time),User,What happened", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(Sentence, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains("Harriet Sentence", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditPage_WithAMistypedNhsNumberOrDaysTheWrongWayRound_SaysSoOnTheFields()
    {
        var admin = await _host.SignInAsync("admin");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/audit?nhs=12345&from=2026-11-24&to=2026-11-20"));
        Assert.Contains("NHS number must be 10 digits", page, StringComparison.Ordinal);
        Assert.Contains("Date to must be the same as or after date from", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-audit-row", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_OpenedByAnAdministrator_AsksWhyFirst_AndAuditsTheReason()
    {
        // given a case in a team the administrator is not in
        var nurse = await _host.SignInAsync("nurse");
        var caseId = await ReferAsync(nurse, "9839867628", "Ivy Reasoned");
        var admin = await _host.SignInAsync("admin");

        // when the administrator opens it without a reason, then with a blank one
        var asked = WebUtility.HtmlDecode(await admin.GetStringAsync($"/cases/{caseId}"));
        var blank = WebUtility.HtmlDecode(await admin.GetStringAsync($"/cases/{caseId}?reason=+"));

        // then only the question is shown, nothing of the record, and nothing is audited as opened
        Assert.Contains("Why are you opening this person's record?", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("Ivy Reasoned", asked, StringComparison.Ordinal);
        Assert.Contains("Enter why you need to open this person's record", blank, StringComparison.Ordinal);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonArray>($"/api/audit?caseId={caseId}&user=admin"))!, a => a!["what"]!.GetValue<string>().StartsWith("GET /cases/", StringComparison.Ordinal));

        // when a reason is given
        var opened = WebUtility.HtmlDecode(await admin.GetStringAsync($"/cases/{caseId}?reason={Uri.EscapeDataString("Complaint investigation")}"));

        // then the record opens and the audit keeps the reading with its reason
        Assert.Contains("Ivy Reasoned", opened, StringComparison.Ordinal);
        var audit = (await admin.GetFromJsonAsync<JsonArray>($"/api/audit?caseId={caseId}&user=admin"))!;
        Assert.Contains(audit, a => a!["what"]!.GetValue<string>() == "GET /cases/{id:guid}" && a["reason"]?.GetValue<string>() == "Complaint investigation");
    }

    [Fact]
    public async Task CasePage_OpenedByTheCasesOwnTeam_NeedsNoReason()
    {
        var nurse = await _host.SignInAsync("nurse");
        var caseId = await ReferAsync(nurse, "9958337460", "Jack Teamly");
        var page = WebUtility.HtmlDecode(await nurse.GetStringAsync($"/cases/{caseId}"));
        Assert.Contains("Jack Teamly", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Why are you opening this person's record?", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET /cases/{id:guid}", 200, "coordinator opened the case page of Kate Phrase (NHS number 985 946 1538) at 09:30 on 1 July 2026")]
    [InlineData("POST /cases/{id:guid}?handler=Accept", 302, "coordinator accepted the trusted assessment on the record of Kate Phrase (NHS number 985 946 1538) at 09:30 on 1 July 2026")]
    [InlineData("POST /api/tasks/{id:long}/claim", 403, "coordinator was refused when they tried to take a task on the record of Kate Phrase (NHS number 985 946 1538) at 09:30 on 1 July 2026")]
    public void AuditSentence_SaysWhoDidWhatToWhoseRecordAndWhen_InUkTime(string what, int status, string sentence)
    {
        var row = new AccessAuditEntry(1, new DateTimeOffset(2026, 7, 1, 8, 30, 0, TimeSpan.Zero), "coordinator", "read", what, Guid.Empty, status, null, "Kate Phrase", "9859461538");
        Assert.Equal(sentence, AuditSentence.Of(row));
    }

    [Fact]
    public void AuditSentence_ForAListRead_NamesNoRecord()
    {
        var row = new AccessAuditEntry(1, new DateTimeOffset(2026, 1, 5, 14, 0, 0, TimeSpan.Zero), "nurse", "read", "GET /api/tasks", null, 200, null, null, null);
        Assert.Equal("nurse read the worklist at 14:00 on 5 January 2026", AuditSentence.Of(row));
    }
}
