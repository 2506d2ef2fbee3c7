using Pathway.Rules.Evaluation;
using Pathway.Rules.Facts;

namespace Pathway.Rules.Tests.Facts;

public class CaseFactsMapperTests
{
    [Fact]
    public void Map_NumbersFromLongOrDouble_StringsAndBools()
    {
        var facts = CaseFactsMapper.Map(new Dictionary<string, object?>
        {
            ["age"] = 84L, ["news2Score"] = 5.0, ["presentingNeed"] = "fall", ["longLie"] = true, ["unrelated"] = new[] { "x" },
        });

        Assert.Equal(84, facts.Age);
        Assert.Equal(5, facts.News2Score);
        Assert.Equal("fall", facts.PresentingNeed);
        Assert.True(facts.LongLie);
    }

    [Fact]
    public void Map_MissingOrNull_Defaults()
    {
        var facts = CaseFactsMapper.Map(new Dictionary<string, object?> { ["age"] = null });

        Assert.Null(facts.Age);
        Assert.Null(facts.HourOfDay);
        Assert.Equal(0, facts.News2Score);
        Assert.False(facts.SepsisSuspected);
    }

    [Theory]
    [InlineData("news2Score", "high")]
    [InlineData("age", 82.5)]
    [InlineData("longLie", "yes")]
    public void Map_WrongKindOfValue_RefusedNamingTheVariable(string name, object value)
    {
        var error = Assert.Throws<RuleSetException>(() => CaseFactsMapper.Map(new Dictionary<string, object?> { [name] = value }));

        Assert.Equal("PW3103", error.Code);
        Assert.Contains(name, error.Message);
    }

    [Fact]
    public void Schema_EveryMember_HasItsCamelCaseVariableName()
    {
        Assert.All(CaseFactsSchema.Members, m => Assert.True(char.IsLower(m.Name[0]), m.Name));
        Assert.Contains(CaseFactsSchema.Members, m => m.Name == "news2SingleParameterScore3");
    }
}
