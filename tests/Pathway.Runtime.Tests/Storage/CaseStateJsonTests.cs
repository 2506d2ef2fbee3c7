using Pathway.Engine.Runtime;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Storage;

/// <summary>A case's variables come back from the store as the plain values a live case had, never as JSON elements.</summary>
public sealed class CaseStateJsonTests
{
    [Fact]
    public void Variables_RoundTrip_AsPlainValues()
    {
        // given a case holding every kind of value a referral, a form or a rule gives it
        var state = new CaseState();
        state.Variables["presentingNeed"] = "fall";
        state.Variables["age"] = 85L;
        state.Variables["temperature"] = 36.9;
        state.Variables["consentGiven"] = true;
        state.Variables["gp"] = null;
        state.Variables["risks"] = new[] { "falls", "isolation" };
        state.Variables["none"] = Array.Empty<string>();
        state.Variables["scores"] = new List<object?> { 3L, "high", null };
        state.Variables["carer"] = new Dictionary<string, object?> { ["name"] = "Tom Example", ["visitsPerWeek"] = 3L, ["days"] = new[] { "Monday" } };

        // when it is stored and read back
        var read = CaseStateJson.Deserialize(CaseStateJson.Serialize(state)).Variables;

        // then each value has its plain type again
        Assert.Equal("fall", read["presentingNeed"]);
        Assert.Equal(85L, read["age"]);
        Assert.Equal(36.9, read["temperature"]);
        Assert.Equal(true, read["consentGiven"]);
        Assert.Equal(["falls", "isolation"], Assert.IsType<string[]>(read["risks"]));
        Assert.Empty(Assert.IsType<string[]>(read["none"]));
        Assert.Equal([3L, "high", null], Assert.IsType<List<object?>>(read["scores"]));
        var carer = Assert.IsType<Dictionary<string, object?>>(read["carer"]);
        Assert.Equal(("Tom Example", 3L), (carer["name"], carer["visitsPerWeek"]));
        Assert.Equal(["Monday"], Assert.IsType<string[]>(carer["days"]));
        Assert.Null(read["gp"]);
    }
}
