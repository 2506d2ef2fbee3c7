using Pathway.Engine.Expressions;

namespace Pathway.Engine.Tests.Expressions;

/// <summary>At load no case has variables yet, so only mistakes no values could fix are reported.</summary>
public sealed class ConditionCheckTests
{
    [Theory]
    [InlineData("outsideCommunityCare == true")]
    [InlineData("=mdtNeeded == true && mdtPriority >= 2")]
    [InlineData("${responseStandard == \"2-hour\"}")]
    [InlineData("!handoverAccepted")]
    [InlineData("news2Score > 4 || frailtyScore >= 5")]
    public void CheckSyntax_WellFormedConditionOverUnknownVariables_Passes(string condition)
    {
        Assert.Null(ConditionEvaluator.CheckSyntax(condition));
    }

    [Theory]
    [InlineData("score >= (5")]
    [InlineData("#{selectedFlow=='A'}")]
    [InlineData("mdtNeeded ==")]
    public void CheckSyntax_Malformed_SaysWhy(string condition)
    {
        Assert.False(string.IsNullOrWhiteSpace(ConditionEvaluator.CheckSyntax(condition)));
    }
}
