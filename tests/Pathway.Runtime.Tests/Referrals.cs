namespace Pathway.Runtime.Tests;

/// <summary>Synthetic referrals as the case variables the rules read.</summary>
public static class Referrals
{
    public static Dictionary<string, object?> FallAtHome(params (string Name, object? Value)[] changes)
    {
        var variables = new Dictionary<string, object?>
        {
            ["presentingNeed"] = "fall",
            ["age"] = 84L,
            ["clinicalFrailtyScale"] = 6L,
            ["news2Score"] = 2L,
            ["setting"] = "own-home",
            ["hourOfDay"] = 10L,
            ["referralSource"] = "gp",
        };
        foreach (var (name, value) in changes)
            variables[name] = value;
        return variables;
    }
}
