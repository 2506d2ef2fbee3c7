namespace Pathway.Host.Tests;

/// <summary>Synthetic referrals: a valid one to start from, as JSON to mutate.</summary>
public static class Referrals
{
    public static JsonObject Valid(string nhsNumber = "9434765919") => new()
    {
        ["person"] = new JsonObject
        {
            ["nhsNumber"] = nhsNumber, ["name"] = "Edith Example", ["dateOfBirth"] = "1941-03-02",
            ["postcode"] = "NS1 2AB", ["locality"] = "north-shire", ["gpPractice"] = "Northgate Surgery",
        },
        ["referralSource"] = "111",
        ["presentingNeed"] = "fall",
        ["clinicalFrailtyScale"] = 6,
        ["observations"] = new JsonObject
        {
            ["respirationRate"] = 18, ["oxygenSaturation"] = 96, ["supplementalOxygen"] = false, ["systolicBloodPressure"] = 128,
            ["pulse"] = 84, ["consciousness"] = "alert", ["temperature"] = 36.9,
        },
        ["consentGiven"] = true,
        ["whatMatters"] = "Staying at home with her cat",
        ["carers"] = new JsonArray(new JsonObject { ["name"] = "Tom Example", ["relationship"] = "son", ["involvement"] = "main-carer" }),
        ["carerStatus"] = "strained",
        ["endOfLife"] = new JsonObject { ["endOfLife"] = false },
        ["safeguardingFlags"] = new JsonArray(),
        ["setting"] = "own-home",
        ["flags"] = new JsonObject { ["longLie"] = false },
    };
}
