namespace Pathway.Host.Tests.Localities;

/// <summary>
/// A locality's policy run goes on in the background after it is added: a test asks the results
/// API again until the run is recorded (or a generous deadline passes), rather than sleeping.
/// </summary>
public static class PolicyResultsPolling
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Between = TimeSpan.FromMilliseconds(200);

    /// <summary>The results once <paramref name="locality"/> has a run and is no longer being checked; <paramref name="beforeEachLook"/> runs before each look.</summary>
    public static async Task<JsonObject> WaitForRunAsync(HttpClient client, string locality, Action? beforeEachLook = null)
    {
        var deadline = DateTimeOffset.UtcNow + Deadline;
        while (true)
        {
            beforeEachLook?.Invoke();
            var results = (await client.GetFromJsonAsync<JsonObject>("/api/policy/results"))!;
            if (HasRun(results, locality) && !IsChecking(results, locality))
                return results;
            Assert.True(DateTimeOffset.UtcNow < deadline, $"{locality}'s policy run was not recorded within {Deadline}");
            await Task.Delay(Between);
        }
    }

    public static bool HasRun(JsonObject results, string locality) =>
        results["runs"]!.AsArray().Any(r => r!["locality"]!.GetValue<string>() == locality);

    public static bool IsChecking(JsonObject results, string locality) =>
        results["checking"]!.AsArray().Any(c => c!.GetValue<string>() == locality);
}
