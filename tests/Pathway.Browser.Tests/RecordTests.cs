using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>
/// The person's record: a known NHS number never silently rewrites an earlier case; the case list finds a
/// case; the case page shows the MDT decision and the handover in words; a revision starts from the last version.
/// </summary>
[Collection(HostedAppCollection.Name)]
public sealed class RecordTests(HostedApp app)
{
    private async Task<IPage> AsAsync(string user, string? returnUrl = null)
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        await SignIn.AsAsync(page, user, returnUrl);
        return page;
    }

    private static async Task<JsonElement> GetJsonAsync(IPage page, string url)
    {
        var response = await page.APIRequest.GetAsync(url);
        Assert.True(response.Ok, $"GET {url} answered {response.Status}");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
    }

    private static async Task PostOkAsync(IPage page, string url, object body)
    {
        var response = await page.APIRequest.PostAsync(url, new() { DataObject = body });
        Assert.True(response.Ok, $"POST {url} answered {response.Status}: {await response.TextAsync()}");
    }

    private static async Task<JsonElement> OpenTaskAsync(IPage page, Guid caseId, string form) =>
        (await GetJsonAsync(page, $"/api/cases/{caseId}")).GetProperty("tasks").EnumerateArray()
            .Single(t => t.GetProperty("form").GetString() == form && t.GetProperty("status").GetString() is "Ready" or "InProgress");

    private static readonly object Assessment = new
    {
        clinicalFrailtyScale = 6, mobilityAndFalls = "Two falls this month, walks with a frame", cognition = "No new confusion",
        skin = "Intact", continence = "Continent", medicationConcerns = "None known", homeEnvironment = "Loose rugs, stairs to bathroom",
        carerStrain = "Son strained, works full time", whatMattersToThePerson = "Staying at home with her cat",
        risksDiscussedWithThePerson = "Further falls; she accepts the risk", selfNeglect = true, multimorbidity = true,
    };

    [Fact]
    public async Task KnownNhsNumber_WithDifferentDetails_AsksForConfirmation_AndChangesNothingEarlier()
    {
        // given a case for Harriet Sample
        var coordinator = await AsAsync("coordinator");
        var earlier = await Referrals.PostAsync(coordinator, Referrals.Fall("Harriet Sample", "9990000409"));

        // when a phone referral gives the same NHS number with another name and date of birth
        await coordinator.GotoAsync("/referrals/new");
        var form = coordinator.Locator("form[data-referral-form]");
        await form.GetByLabel("NHS number").FillAsync("999 000 0409");
        await form.GetByLabel("Full name").FillAsync("Harriet Simple");
        await form.GetByLabel("Day").FillAsync("2");
        await form.GetByLabel("Month").FillAsync("3");
        await form.GetByLabel("Year").FillAsync("1944");
        await form.GetByLabel("Locality").SelectOptionAsync(new SelectOptionValue { Label = "North Shire" });
        await form.GetByLabel("Who is referring").SelectOptionAsync(new SelectOptionValue { Label = "GP" });
        await form.GetByLabel("Main reason for the referral").SelectOptionAsync(new SelectOptionValue { Label = "A fall" });
        await form.GetByLabel("Clinical Frailty Scale").SelectOptionAsync(new SelectOptionValue { Label = "5 Living with mild frailty" });
        await form.GetByLabel("Respiration rate").FillAsync("18");
        await form.GetByLabel("Oxygen saturation (SpO2)").FillAsync("96");
        await form.GetByRole(AriaRole.Group, new() { Name = "Is the person on oxygen?" }).GetByLabel("No").CheckAsync();
        await form.GetByLabel("Systolic blood pressure").FillAsync("128");
        await form.GetByLabel("Pulse").FillAsync("84");
        await form.GetByLabel("Level of consciousness (ACVPU)").SelectOptionAsync(new SelectOptionValue { Label = "Alert" });
        await form.GetByLabel("Temperature").FillAsync("36.9");
        await form.GetByRole(AriaRole.Group, new() { Name = "Has the person consented to the referral?" }).GetByLabel("Yes").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();

        // then both versions and the open case are shown, and nothing was saved
        var known = coordinator.Locator("[data-known-person]");
        await Expect(known).ToContainTextAsync("Harriet Sample");
        await Expect(known).ToContainTextAsync("Harriet Simple");
        await Expect(known).ToContainTextAsync("2 March 1941");
        await Expect(known.Locator("[data-open-cases] a")).ToHaveAttributeAsync("href", $"/cases/{earlier}");
        await Expect(coordinator.Locator(".nhsuk-error-summary")).ToContainTextAsync("known with different details");
        await Screenshots.SaveAsync(coordinator, "known-person-confirm");
        await Accessibility.AssertNoSeriousViolationsAsync(coordinator);
        var found = await GetJsonAsync(coordinator, "/api/cases?q=9990000409");
        Assert.Equal(1, found.GetProperty("total").GetInt32());

        // when the user confirms it is the same person
        await known.GetByLabel("I have checked: this is the same person").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();

        // then the new case has the new details, and the earlier case still has its own
        await Expect(coordinator.Locator("h1")).ToContainTextAsync("Harriet Simple");
        await Expect(coordinator.Locator(".pw-timeline")).ToContainTextAsync("confirmed as the same person");
        await coordinator.GotoAsync($"/cases/{earlier}");
        await Expect(coordinator.Locator("h1")).ToContainTextAsync("Harriet Sample");
        await Expect(coordinator.Locator("main")).Not.ToContainTextAsync("Harriet Simple");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("2 March 1941");
        await Screenshots.SaveAsync(coordinator, "known-person-earlier-case-unchanged");
    }

    [Fact]
    public async Task CaseList_SearchByNhsNumberWithSpaces_FindsTheCase_OnDesktopAndPhone()
    {
        // given two cases
        var nurse = await AsAsync("nurse");
        var wanted = await Referrals.PostAsync(nurse, Referrals.Fall("Ivy Testcase", "9990000417"));
        await Referrals.PostAsync(nurse, Referrals.Fall("Jack Testcase", "9990000425"));

        // when the nurse opens Cases from the menu and searches by NHS number with spaces
        await nurse.GotoAsync("/tasks");
        await nurse.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Cases" }).ClickAsync();
        await nurse.GetByLabel("Search").FillAsync("999 000 0417");
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        // then only that person's case is listed, with their NHS number in 3-3-4 and their age
        var rows = nurse.Locator("[data-case-list] tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Ivy Testcase");
        await Expect(rows.First).ToContainTextAsync("999 000 0417");
        await Expect(rows.First.GetByRole(AriaRole.Link, new() { Name = "Ivy Testcase" })).ToHaveAttributeAsync("href", $"/cases/{wanted}");
        await Screenshots.SaveAsync(nurse, "case-list-search");
        await Accessibility.AssertNoSeriousViolationsAsync(nurse);

        // and by name on a phone, without sideways scrolling
        await nurse.SetViewportSizeAsync(390, 844);
        await nurse.GotoAsync("/cases?q=testcase&status=running");
        await Expect(nurse.Locator("[data-case-list] tbody tr")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(nurse, "case-list-phone");
        Assert.True(await nurse.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the case list scrolls sideways at 390 px");
        await Accessibility.AssertNoSeriousViolationsAsync(nurse);

        // and an unknown case id gives the not-found page, not JSON
        var missing = await nurse.GotoAsync($"/cases/{Guid.Empty}");
        Assert.Equal(404, missing!.Status);
        await Expect(nurse.Locator("h1")).ToHaveTextAsync("Page not found");
        await Screenshots.SaveAsync(nurse, "case-not-found");
    }

    [Fact]
    public async Task CasePage_ShowsTheMdtDecisionAndTheHandover_InWords()
    {
        // given a case assessed, decided at the MDT with a risk accepted, and handed over to reablement, who declined
        var coordinator = await AsAsync("coordinator");
        var caseId = await Referrals.PostAsync(coordinator, Referrals.Fall("Kathleen Walkthrough", "9990000433"));
        var physio = await AsAsync("physio");
        var assessment = await OpenTaskAsync(coordinator, caseId, "trusted-assessment");
        await PostOkAsync(physio, $"/api/tasks/{assessment.GetProperty("id").GetInt64()}/complete", new { output = Assessment });
        var huddle = (await GetJsonAsync(coordinator, "/api/huddles/north-shire")).EnumerateArray().Single(h => h.GetProperty("caseId").GetGuid() == caseId);
        await PostOkAsync(coordinator, $"/api/tasks/{huddle.GetProperty("taskId").GetInt64()}/complete", new
        {
            output = new
            {
                disciplinesPresent = new[] { "district-nurse", "social-worker", "pharmacist" }, personInvolvement = "consulted", carerInvolvement = "present",
                optionsDiscussed = new[] { "Home with reablement", "Short-term care home bed" }, decision = "Home with reablement", riskAccepted = true,
                positiveRiskTaking = new { risk = "Falls", mitigationAgreed = "A pendant alarm", personsChoice = "I want to stay in my own home" },
                actions = new[] { new { description = "Fit a pendant alarm", ownerRole = "occupational-therapist", dueAt = DateTimeOffset.UtcNow.AddDays(2) } },
            },
        });
        var plan = await OpenTaskAsync(coordinator, caseId, "handover");
        await PostOkAsync(physio, $"/api/tasks/{plan.GetProperty("id").GetInt64()}/complete",
            new { output = new { handoverRequired = true, receivingService = "reablement", summary = "Needs two weeks of reablement after a fall" } });
        await PostOkAsync(coordinator, $"/api/cases/{caseId}/handovers/response", new { accepted = false, declineReason = "No capacity this week" });

        // when the coordinator opens the case
        await coordinator.GotoAsync($"/cases/{caseId}");

        // then the MDT decision, the handover and the timeline read in words
        var mdt = coordinator.Locator("[data-record='mdt']");
        await Expect(mdt).ToContainTextAsync("District nurse, Social worker, Pharmacist");
        await Expect(mdt).ToContainTextAsync("Consulted");
        await Expect(mdt).ToContainTextAsync("Short-term care home bed");
        await Expect(mdt).ToContainTextAsync("A pendant alarm");
        await Expect(mdt).ToContainTextAsync("Fit a pendant alarm: Occupational therapist");
        var handover = coordinator.Locator("[data-record='handover']");
        await Expect(handover).ToContainTextAsync("Reablement");
        await Expect(handover).ToContainTextAsync("Needs two weeks of reablement after a fall");
        await Expect(handover).ToContainTextAsync("Declined");
        await Expect(handover).ToContainTextAsync("No capacity this week");
        await Expect(coordinator.Locator("[data-news2]")).ToContainTextAsync("Respiration rate");
        await Expect(coordinator.Locator(".pw-timeline")).ToContainTextAsync("MDT decided: home with reablement; risk of falls accepted with a pendant alarm");
        await Expect(coordinator.Locator(".pw-timeline")).ToContainTextAsync("Handover declined by reablement");
        await Expect(coordinator.Locator(".pw-timeline")).Not.ToContainTextAsync("Mdt decided");
        await Screenshots.SaveAsync(coordinator, "case-page-mdt-and-handover");
        await Accessibility.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(coordinator, "case-page-mdt-and-handover-phone");
    }

    [Fact]
    public async Task Revision_StartsFromTheLastVersion_BesideTheChallenge_AndShowsWhatChanged()
    {
        // given an assessment challenged by another discipline
        var coordinator = await AsAsync("coordinator");
        var caseId = await Referrals.PostAsync(coordinator, Referrals.Fall("Louisa Revision", "9990000441"));
        var physio = await AsAsync("physio");
        var assessment = await OpenTaskAsync(coordinator, caseId, "trusted-assessment");
        await PostOkAsync(physio, $"/api/tasks/{assessment.GetProperty("id").GetInt64()}/complete", new { output = Assessment });
        var socialWorker = await AsAsync("social-worker");
        await PostOkAsync(socialWorker, $"/api/cases/{caseId}/assessment/challenge", new { reason = "Medication review missing" });

        // when the assessor opens the case
        await physio.GotoAsync($"/cases/{caseId}");

        // then the revision form is filled in from the last version, with the challenge beside it
        var form = physio.Locator("form[data-task-form='trusted-assessment-revision']");
        await Expect(physio.Locator("[data-challenge-reason]")).ToContainTextAsync("Medication review missing");
        await Expect(form.GetByLabel("Mobility and falls")).ToHaveValueAsync("Two falls this month, walks with a frame");
        await Expect(form.GetByLabel("Clinical Frailty Scale")).ToHaveValueAsync("6");
        await Expect(form.GetByRole(AriaRole.Group, new() { Name = "Self-neglect" }).GetByLabel("Yes")).ToBeCheckedAsync();
        await Screenshots.SaveAsync(physio, "revision-prefilled");
        await Accessibility.AssertNoSeriousViolationsAsync(physio);

        // when they change one answer and send it
        await form.GetByLabel("Medication concerns").FillAsync("Possible postural drop on amlodipine");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record revised assessment" }).ClickAsync();

        // then the page shows what changed, and only that
        var changes = physio.Locator("[data-assessment-changes]");
        await Expect(changes).ToContainTextAsync("Medication concerns");
        await Expect(changes).ToContainTextAsync("Possible postural drop on amlodipine");
        await Expect(changes.Locator("tbody tr")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(physio, "revision-what-changed");
    }

    [Fact]
    public async Task FormSentAfterTheSessionEnded_ComesBackFilledIn_AfterSigningInAgain_AndSigningOutSaysSo()
    {
        // given an assessor part-way through the assessment form
        var coordinator = await AsAsync("coordinator");
        var caseId = await Referrals.PostAsync(coordinator, Referrals.Fall("Mabel Session", "9990000468"));
        var physio = await AsAsync("physio", $"/cases/{caseId}");
        var form = physio.Locator("form[data-task-form='trusted-assessment']");
        await form.GetByLabel("Mobility and falls").FillAsync("Walks with a stick indoors");
        await form.GetByRole(AriaRole.Group, new() { Name = "Carer crisis" }).GetByLabel("Yes").CheckAsync();

        // when the session has ended before they send it
        await physio.Context.ClearCookiesAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Record assessment" }).ClickAsync();

        // then they are asked to sign in, and afterwards the form is back as they left it
        await Expect(physio.Locator("h1")).ToHaveTextAsync("Sign in");
        await physio.GetByLabel("Username").FillAsync("physio");
        await physio.GetByLabel("Password").FillAsync(SignIn.Password);
        await physio.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(physio.Locator("[data-form-restored]")).ToContainTextAsync("Your answers have been put back");
        var again = physio.Locator("form[data-task-form='trusted-assessment']");
        await Expect(again.GetByLabel("Mobility and falls")).ToHaveValueAsync("Walks with a stick indoors");
        await Expect(again.GetByRole(AriaRole.Group, new() { Name = "Carer crisis" }).GetByLabel("Yes")).ToBeCheckedAsync();
        await Screenshots.SaveAsync(physio, "session-form-restored");
        await Accessibility.AssertNoSeriousViolationsAsync(physio);

        // when they sign out, the page says so
        await physio.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(physio.Locator("[data-signed-out]")).ToContainTextAsync("You have signed out");
        await Screenshots.SaveAsync(physio, "signed-out");
    }
}
