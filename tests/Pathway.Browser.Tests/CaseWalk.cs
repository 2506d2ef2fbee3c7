using System.Text.Json;
using Microsoft.Playwright;

namespace Pathway.Browser.Tests;

/// <summary>
/// Steps a journey needs done but does not test, taken through the API as the person whose step it is,
/// each in their own browser context (their own session cookie).
/// </summary>
public static class CaseWalk
{
    public static async Task<IAPIRequestContext> AsAsync(HostedApp app, string username)
    {
        var page = await app.NewPageAsync();
        var response = await page.APIRequest.PostAsync("/api/session", new() { DataObject = new { username, password = SignIn.Password } });
        Assert.True(response.Ok, $"signing in {username} answered {response.Status}");
        return page.APIRequest;
    }

    public static async Task<JsonElement> OpenTaskAsync(IAPIRequestContext api, Guid caseId, string form)
    {
        var response = await api.GetAsync($"/api/cases/{caseId}");
        Assert.True(response.Ok, $"GET case answered {response.Status}");
        using var body = JsonDocument.Parse(await response.TextAsync());
        return body.RootElement.GetProperty("tasks").EnumerateArray()
            .Single(t => t.TryGetProperty("form", out var f) && f.GetString() == form && t.GetProperty("status").GetString() is "Ready" or "InProgress").Clone();
    }

    public static async Task<bool> HasOpenTaskAsync(IAPIRequestContext api, Guid caseId, string form)
    {
        using var body = JsonDocument.Parse(await (await api.GetAsync($"/api/cases/{caseId}")).TextAsync());
        return body.RootElement.GetProperty("tasks").EnumerateArray()
            .Any(t => t.TryGetProperty("form", out var f) && f.GetString() == form && t.GetProperty("status").GetString() is "Ready" or "InProgress");
    }

    public static async Task CompleteAsync(IAPIRequestContext api, long taskId, object output)
    {
        var response = await api.PostAsync($"/api/tasks/{taskId}/complete", new() { DataObject = new { output } });
        Assert.True(response.Ok, $"completing task {taskId} answered {response.Status}: {await response.TextAsync()}");
    }

    /// <summary>A fall referral (assessed by the community physiotherapist) walked to "Plan handover" being open.</summary>
    public static async Task<Guid> ToPlanHandoverAsync(HostedApp app, string name, string nhsNumber)
    {
        var coordinator = await AsAsync(app, "coordinator");
        var physio = await AsAsync(app, "physio");
        var response = await physio.PostAsync("/api/referrals", new() { DataObject = Referrals.Fall(name, nhsNumber) });
        Assert.True(response.Ok, $"POST /api/referrals answered {response.Status}: {await response.TextAsync()}");
        var caseId = Guid.Parse(response.Headers["location"].Split('/')[^1]);
        var assessment = await OpenTaskAsync(physio, caseId, "trusted-assessment");
        await CompleteAsync(physio, assessment.GetProperty("id").GetInt64(), new
        {
            clinicalFrailtyScale = 6, mobilityAndFalls = "Walks with a frame; one fall, no injury", cognition = "No concerns", skin = "Intact",
            continence = "Continent", medicationConcerns = "None", homeEnvironment = "Loose rugs", carerStrain = "Daughter coping",
            whatMattersToThePerson = "Staying at home", risksDiscussedWithThePerson = "Further falls; accepts a pendant alarm",
            selfNeglect = false, multimorbidity = false,
        });
        if (await HasOpenTaskAsync(coordinator, caseId, "mdt-decision"))
        {
            var mdt = await OpenTaskAsync(coordinator, caseId, "mdt-decision");
            await CompleteAsync(coordinator, mdt.GetProperty("id").GetInt64(), new
            {
                disciplinesPresent = new[] { "district-nurse" }, personInvolvement = "present", carerInvolvement = "no-carers",
                optionsDiscussed = new[] { "Home" }, decision = "Home", riskAccepted = false,
            });
        }
        return caseId;
    }

    /// <summary>The same walked on to a handover requested of <paramref name="receivingService"/>.</summary>
    public static async Task<Guid> ToHandoverRequestedAsync(HostedApp app, string name, string nhsNumber, string receivingService)
    {
        var caseId = await ToPlanHandoverAsync(app, name, nhsNumber);
        var physio = await AsAsync(app, "physio");
        var plan = await OpenTaskAsync(physio, caseId, "handover");
        await CompleteAsync(physio, plan.GetProperty("id").GetInt64(),
            new { handoverRequired = true, receivingService, summary = "Two weeks of reablement to regain confidence on the stairs" });
        return caseId;
    }
}
