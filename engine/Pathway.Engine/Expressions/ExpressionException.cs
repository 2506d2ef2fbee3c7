namespace Pathway.Engine.Expressions;

/// <summary>An expression that does not parse, or does not evaluate on the case's variables.</summary>
public sealed class ExpressionException(string expression, string reason)
    : Exception($"'{expression}': {reason}")
{
    public string Expression { get; } = expression;

    public string Reason { get; } = reason;
}
