namespace Pathway.Host.Tests.Races;

/// <summary>Sends requests at the same moment and judges the answers: no 500, one winner, every loser a 409 problem with a code.</summary>
public static class Race
{
    public static async Task<HttpResponseMessage[]> RunAsync(params Func<Task<HttpResponseMessage>>[] senders)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sending = senders.Select(send => Task.Run(async () =>
        {
            await gate.Task;
            return await send();
        })).ToArray();
        gate.SetResult();
        return await Task.WhenAll(sending);
    }

    /// <summary>Asserts exactly one answer succeeded and every other is a 409 problem body with a PW code; returns the winner's index.</summary>
    public static async Task<int> AssertOneWinnerAsync(HttpResponseMessage[] answers, string round)
    {
        var summary = string.Join(", ", answers.Select(a => (int)a.StatusCode));
        Assert.DoesNotContain(answers, a => (int)a.StatusCode >= 500);
        Assert.True(answers.Count(a => a.IsSuccessStatusCode) == 1, $"{round}: exactly one should win, got {summary}");
        foreach (var loser in answers.Where(a => !a.IsSuccessStatusCode))
        {
            var body = await loser.Content.ReadAsStringAsync();
            Assert.True(loser.StatusCode == HttpStatusCode.Conflict, $"{round}: the loser should get 409, got {(int)loser.StatusCode} {body}");
            Assert.Matches("PW\\d{4}", body);
        }
        return Array.FindIndex(answers, a => a.IsSuccessStatusCode);
    }
}
