using System.Text.Json;
using Microsoft.Playwright;

namespace Pathway.Browser.Tests;

/// <summary>Synthetic referrals posted through the referral API with the signed-in page's cookie.</summary>
public static class Referrals
{
    /// <summary>A frail person at home after a fall (triaged to a community physiotherapist within 2 hours); nobody real.</summary>
    public static object Fall(string name, string nhsNumber) => new
    {
        person = new { nhsNumber, name, dateOfBirth = "1941-03-02", postcode = "NS1 2AB", locality = "north-shire" },
        referralSource = "111",
        presentingNeed = "fall",
        clinicalFrailtyScale = 6,
        observations = new { respirationRate = 18, oxygenSaturation = 96, supplementalOxygen = false, systolicBloodPressure = 128, pulse = 84, consciousness = "alert", temperature = 36.9 },
        consentGiven = true,
        whatMatters = "Staying at home",
        carerStatus = "strained",
        setting = "own-home",
    };

    public static async Task<Guid> PostAsync(IPage page, object referral)
    {
        var response = await page.APIRequest.PostAsync("/api/referrals", new() { DataObject = referral });
        Assert.True(response.Ok, $"POST /api/referrals answered {response.Status}: {await response.TextAsync()}");
        using var body = JsonDocument.Parse(await response.TextAsync());
        var location = response.Headers["location"];
        return Guid.Parse(location.Split('/')[^1]);
    }
}
