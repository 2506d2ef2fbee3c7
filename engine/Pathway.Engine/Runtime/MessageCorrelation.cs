using System.Globalization;
using System.Text.Json;
using Pathway.Engine.Model;

namespace Pathway.Engine.Runtime;

/// <summary>
/// Which case a message with a correlation key is for. Each element that sends or receives a
/// message names the variable it correlates on (<c>pathway:correlationKey</c>), else
/// <see cref="DefaultVariable"/>: a sent message carries the sender's value, and reaches a
/// waiting case only where the waiting element's variable holds the same value. A message
/// without a key reaches every case waiting on its name.
/// </summary>
public static class MessageCorrelation
{
    /// <summary>The variable a message correlates on when its element names none.</summary>
    public const string DefaultVariable = "correlationKey";

    /// <summary>The value of the correlation variable <paramref name="path"/> (default when null), as text; null when unset.</summary>
    public static string? KeyOf(IReadOnlyDictionary<string, object?> variables, string? path) =>
        VariablePath.Read(variables, path ?? DefaultVariable) switch
        {
            null => null,
            JsonElement { ValueKind: JsonValueKind.Null } => null,
            // As JSON writes them, so a key set by a command and the same key read back from the store compare equal.
            JsonElement { ValueKind: JsonValueKind.True } or true => "true",
            JsonElement { ValueKind: JsonValueKind.False } or false => "false",
            JsonElement json => json.GetRawText(),
            var value => Convert.ToString(value, CultureInfo.InvariantCulture),
        };

    /// <summary>Whether the case waits on the message and, for a message with a key, holds that key where the waiting element correlates.</summary>
    public static bool Awaits(PathwayModel model, CaseState state, string messageName, string? key) =>
        state.Bookmarks.Exists(b => b.Kind == BookmarkKind.Message && b.Key == messageName
            && (key is null || KeyOf(state.Variables, model.Node(b.NodeId).CorrelationKey) == key));

    /// <summary>
    /// The variables a case started by a message begins with: the payload, and the message's key
    /// in the start event's correlation variable (unless the payload sets it), so the messages
    /// that follow with the same key reach this case.
    /// </summary>
    internal static IReadOnlyDictionary<string, object?> StartingVariables(StartEvent start, IReadOnlyDictionary<string, object?> payload, string? key)
    {
        var variables = new Dictionary<string, object?>(payload, StringComparer.Ordinal);
        if (key is not null)
            variables.TryAdd(start.CorrelationKey ?? DefaultVariable, key);
        return variables;
    }

    /// <summary>Whether <paramref name="text"/> names a variable or a field in one (<c>referral.nhsNumber</c>); the reason when not.</summary>
    public static string? CheckPath(string text)
    {
        if (text.Length == 0)
            return "it is empty";
        foreach (var part in text.Split('.'))
        {
            if (part.Length == 0 || !(char.IsAsciiLetter(part[0]) || part[0] == '_') || !part.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                return $"'{part}' is not a variable name (letters, digits and _, not starting with a digit)";
        }
        return null;
    }
}
