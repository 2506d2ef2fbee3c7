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

    /// <summary>A variable name, or a path into one (<c>action.due</c>: the due field of each MDT action).</summary>
    internal static bool IsIdentifier(string name) => name.Split('.').All(part =>
        part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_'));

    public override string ToString() => Variable is null ? Literal?.ToString() ?? "" : "=" + Variable;
}
