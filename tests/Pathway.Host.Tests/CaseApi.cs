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
}
