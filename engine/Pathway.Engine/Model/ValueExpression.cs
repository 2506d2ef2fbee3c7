namespace Pathway.Engine.Model;

/// <summary>
/// An attribute value that is either a literal or names a case variable. In the BPMN file a
/// variable is written <c>=name</c> (or <c>${name}</c>, as Camunda 7 writes it), so rules can
/// decide it at run time (the assessor role chosen by triage, say).
/// </summary>
public sealed record ValueExpression(string? Literal, string? Variable)
{
    public static ValueExpression Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('='))
            return new(null, trimmed[1..].Trim());
        if (trimmed.StartsWith("${", StringComparison.Ordinal) && trimmed.EndsWith('}'))
            return new(null, trimmed[2..^1].Trim());
        return new(trimmed, null);
    }

    public bool IsVariable => Variable is not null;

    public override string ToString() => Variable is null ? Literal ?? "" : "=" + Variable;
}
