using Pathway.Host.Tests.Impact;

namespace Pathway.Host.Tests;

/// <summary>Impact runs and reports for the authorisation matrix: matrix-town's escalation draft, replayed by the given user.</summary>
public sealed partial class MatrixData
{
    public async Task<JsonObject> ImpactRunAsync(string user)
    {
        using var draft = await RuleDraftAsync();
        Assert.Equal(HttpStatusCode.OK, (await (await host.SignInAsync("designer")).SendAsync(draft)).StatusCode);
        return await ImpactRunsClient.StartAsync(await host.SignInAsync(user), "escalation", "matrix-town");
    }

    public async Task<long> ImpactReportAsync(string user)
    {
        var client = await host.SignInAsync(user);
        var finished = await ImpactRunsClient.WaitAsync(client, await ImpactRunAsync(user));
        return finished["reportId"]!.GetValue<long>();
    }
}
