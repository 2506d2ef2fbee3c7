namespace Pathway.Host.Tests.Impact;

/// <summary>Starts an impact run and polls it until it ends, as the page does.</summary>
internal static class ImpactRunsClient
{
    public static async Task<JsonObject> StartAsync(HttpClient client, string key, string? locality = null, int? days = null)
    {
        var response = await client.PostAsJsonAsync("/api/impact-runs", new { kind = "RuleSet", key, locality, days });
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Polls the run until <paramref name="done"/> holds (by default: it has ended), for at most 30 seconds.</summary>
    public static async Task<JsonObject> WaitAsync(HttpClient client, JsonObject run, Func<JsonObject, bool>? done = null)
    {
        done ??= r => r["status"]!.GetValue<string>() is "Finished" or "Cancelled" or "Failed";
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var now = (await client.GetFromJsonAsync<JsonObject>($"/api/impact-runs/{run["id"]}"))!;
            if (done(now))
                return now;
            Assert.True(DateTime.UtcNow < until, $"the run did not get there in 30 s: {now.ToJsonString()}");
            await Task.Delay(50);
        }
    }

    public static async Task<JsonObject> RunAsync(HttpClient client, string key, string? locality = null)
    {
        var finished = await WaitAsync(client, await StartAsync(client, key, locality));
        Assert.Equal("Finished", finished["status"]!.GetValue<string>());
        return finished;
    }
}
