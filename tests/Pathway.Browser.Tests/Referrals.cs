using System.Text.Json;
using Microsoft.Playwright;

namespace Pathway.Browser.Tests;

/// <summary>Synthetic referrals posted through the API the referral services use.</summary>
public static class Referrals
{
    /// <summary>A frail person at home after a fall, triaged to a 2-hour response; nobody real.</summary>
    public static Dictionary<string, object?> Fall(string personName) => new()
    {
        ["personName"] = personName, ["nhsNumber"] = "999 000 0001", ["age"] = 84, ["presentingNeed"] = "fall",
        ["clinicalFrailtyScale"] = 6, ["news2Score"] = 2, ["setting"] = "own-home", ["referralSource"] = "gp",
    };

    public static async Task<Guid> PostAsync(IPage page, Dictionary<string, object?> variables)
    {
        var response = await page.APIRequest.PostAsync("/api/cases", new() { DataObject = new { variables } });
        Assert.True(response.Ok, $"POST /api/cases answered {response.Status}: {await response.TextAsync()}");
        using var body = JsonDocument.Parse(await response.TextAsync());
        return body.RootElement.GetProperty("id").GetGuid();
    }
}
