using Pathway.Engine.Time;

namespace Pathway.Engine.Model;

/// <summary>A timer duration: an ISO 8601 duration, or a case variable holding one.</summary>
public sealed record DurationExpression(IsoDuration? Literal, string? Variable)
{
    /// <summary>Parses <c>PT2H</c>, <c>P2D</c>, <c>=responseWindow</c> or <c>${responseWindow}</c>.</summary>
    public static bool TryParse(string? text, out DurationExpression? duration, out string? error)
    {
        duration = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the duration is empty";
            return false;
        }
        var value = ValueExpression.Parse(text);
        if (value.IsVariable)
        {
            if (!IsIdentifier(value.Variable!))
            {
                error = $"'{value.Variable}' is not a case variable name";
                return false;
            }
            duration = new(null, value.Variable);
            return true;
        }
        if (!IsoDuration.TryParse(value.Literal!, out var iso))
        {
            error = $"'{value.Literal}' is not an ISO 8601 duration such as PT2H or P2D";
            return false;
        }
        duration = new(iso, null);
        return true;
    }

    internal static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    public override string ToString() => Variable is null ? Literal?.ToString() ?? "" : "=" + Variable;
}
