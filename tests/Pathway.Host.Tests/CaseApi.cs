namespace Pathway.Host.Tests;

/// <summary>Small reads over the API the walk tests repeat.</summary>
public static class CaseApi
{
    public static async Task<JsonObject> CaseAsync(HttpClient client, string location) =>
        (await client.GetFromJsonAsync<JsonObject>(location))!;

    public static async Task<JsonObject> OpenTaskAsync(HttpClient client, string location, string form)
    {
        var view = await CaseAsync(client, location);
        return view["tasks"]!.AsArray().Select(t => t!.AsObject())
            .Single(t => t["form"]?.GetValue<string>() == form && t["status"]!.GetValue<string>() is "Ready" or "InProgress");
    }

    public static async Task<List<string>> JournalKindsAsync(HttpClient client, string location) =>
        (await client.GetFromJsonAsync<JsonArray>(location + "/journal"))!.Select(j => j!["kind"]!.GetValue<string>()).ToList();

    public static async Task<HttpResponseMessage> CompleteAsync(HttpClient client, long taskId, object output) =>
        await client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { output });

    public static object Assessment(bool selfNeglect = true) => new
    {
        clinicalFrailtyScale = 6, mobilityAndFalls = "Two falls this month, walks with a frame", cognition = "No new confusion",
        skin = "Intact", continence = "Continent", medicationConcerns = "Possible postural drop on amlodipine",
        homeEnvironment = "Loose rugs, stairs to bathroom", carerStrain = "Son strained, works full time",
        whatMattersToThePerson = "Staying at home with her cat", risksDiscussedWithThePerson = "Further falls; she accepts the risk",
        selfNeglect, multimorbidity = true,
    };

    /// <summary>Records a plain MDT decision (home, no risk accepted) if the case is waiting for one.</summary>
    public static async Task DecideMdtIfAskedAsync(HttpClient coordinator, string location)
    {
        var view = await CaseAsync(coordinator, location);
        if (view["tasks"]!.AsArray().Any(t => t!["form"]?.GetValue<string>() == "mdt-decision" && t["status"]!.GetValue<string>() == "Ready"))
        {
            var mdt = await OpenTaskAsync(coordinator, location, "mdt-decision");
            Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(coordinator, mdt["id"]!.GetValue<long>(), new
            {
                disciplinesPresent = new[] { "district-nurse" }, personInvolvement = "present", carerInvolvement = "no-carers",
                optionsDiscussed = new[] { "Home" }, decision = "Home", riskAccepted = false,
            })).StatusCode);
        }
    }
}
