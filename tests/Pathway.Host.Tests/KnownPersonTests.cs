namespace Pathway.Host.Tests;

/// <summary>An NHS number already known never silently rewrites the person: each case keeps what its referral said.</summary>
public sealed class KnownPersonTests : IClassFixture<PathwayHostFactory>
{
    private const string NhsNumber = "6541003238";
    private readonly PathwayHostFactory _host;

    public KnownPersonTests(PathwayHostFactory host) => _host = host;

    private static JsonObject Referral(string name, string dateOfBirth, bool? confirm = null)
    {
        var referral = Referrals.Valid(NhsNumber);
        referral["person"]!["name"] = name;
        referral["person"]!["dateOfBirth"] = dateOfBirth;
        if (confirm is { } c)
            referral["confirmKnownPerson"] = c;
        return referral;
    }

    [Fact]
    public async Task Referral_KnownNhsNumberWithOtherDetails_Is409WithTheDifferencesAndOpenCases_AndSavesNothing()
    {
        // given a case for the NHS number
        var coordinator = await _host.SignInAsync("coordinator");
        var first = await coordinator.PostAsJsonAsync("/api/referrals", Referral("Ada Sample", "1938-05-04"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstCase = first.Headers.Location!.ToString().Split('/')[^1];
        var people = await coordinator.GetFromJsonAsync<JsonObject>($"/api/cases?q={NhsNumber}");

        // when a referral names the same number with another name and date of birth, without confirming
        var second = await coordinator.PostAsJsonAsync("/api/referrals", Referral("Ada Simple", "1941-05-04"));

        // then it is refused with both versions and the open case, and no case was started
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = (await second.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("PW4680", problem["code"]!.GetValue<string>());
        var differences = problem["differences"]!.AsArray();
        Assert.Contains(differences, d => d!["detail"]!.GetValue<string>() == "Name" && d["earlier"]!.GetValue<string>() == "Ada Sample" && d["now"]!.GetValue<string>() == "Ada Simple");
        Assert.Contains(differences, d => d!["detail"]!.GetValue<string>() == "Date of birth" && d["now"]!.GetValue<string>() == "4 May 1941");
        Assert.Contains(problem["openCases"]!.AsArray(), c => c!["caseId"]!.GetValue<string>() == firstCase);
        Assert.Equal(people!["total"]!.GetValue<int>(), (await coordinator.GetFromJsonAsync<JsonObject>($"/api/cases?q={NhsNumber}"))!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Referral_KnownNhsNumberConfirmed_StartsACase_AndTheEarlierCaseKeepsItsOwnDetails()
    {
        // given a case for the NHS number
        var coordinator = await _host.SignInAsync("coordinator");
        var nhs = "4010232137";
        var earlier = Referrals.Valid(nhs);
        earlier["person"]!["name"] = "Bea Sample";
        var firstCase = (await coordinator.PostAsJsonAsync("/api/referrals", earlier)).Headers.Location!.ToString();

        // when a referral with other details is confirmed as the same person
        var later = Referrals.Valid(nhs);
        later["person"]!["name"] = "Beatrice Sample";
        later["person"]!["dateOfBirth"] = "1940-01-01";
        later["confirmKnownPerson"] = true;
        var second = await coordinator.PostAsJsonAsync("/api/referrals", later);

        // then the new case has the new details and the earlier case still shows what its referral said
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var list = (await coordinator.GetFromJsonAsync<JsonObject>($"/api/cases?q={nhs}"))!["items"]!.AsArray();
        Assert.Contains(list, c => c!["caseId"]!.GetValue<string>() == firstCase.Split('/')[^1] && c["name"]!.GetValue<string>() == "Bea Sample" && c["dateOfBirth"]!.GetValue<string>() == "1941-03-02");
        Assert.Contains(list, c => c!["caseId"]!.GetValue<string>() == second.Headers.Location!.ToString().Split('/')[^1] && c["name"]!.GetValue<string>() == "Beatrice Sample");
        var page = await coordinator.GetStringAsync($"/cases/{firstCase.Split('/')[^1]}");
        Assert.Contains("Bea Sample", page);
        Assert.DoesNotContain("Beatrice", page);
        // and the new case's timeline says who confirmed what differed
        Assert.Contains("person.details-differ", await CaseApi.JournalKindsAsync(coordinator, second.Headers.Location!.ToString()));
    }

    [Fact]
    public async Task CasePage_Age_IsWorkedOutFromTheDateOfBirthOnTheDayItIsRead()
    {
        // given a person referred the day before their 85th birthday
        var coordinator = await _host.SignInAsync("coordinator");
        var referral = Referrals.Valid("9434765919");
        referral["person"]!["dateOfBirth"] = PathwayHostFactory.Start.AddDays(1).AddYears(-85).ToString("yyyy-MM-dd");
        referral["confirmKnownPerson"] = true;
        var caseId = (await coordinator.PostAsJsonAsync("/api/referrals", referral)).Headers.Location!.ToString().Split('/')[^1];
        Assert.Matches(@"Age</dt>\s*<dd[^>]*>84<", await coordinator.GetStringAsync($"/cases/{caseId}"));

        // when the page is read the next day
        _host.Clock.Advance(TimeSpan.FromDays(1));
        var page = await (await _host.SignInAsync("coordinator")).GetStringAsync($"/cases/{caseId}");

        // then the age is 85, not the 84 worked out when they were referred
        Assert.Matches(@"Age</dt>\s*<dd[^>]*>85<", page);
    }
}
