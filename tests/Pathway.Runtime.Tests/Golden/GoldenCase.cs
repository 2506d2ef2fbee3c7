using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pathway.Runtime.Tests.Golden;

/// <summary>
/// A recorded case: the referral, what people and time did to it, and the journal the engine
/// wrote (kind and node per line). Replaying it against today's pathway and rules shows any
/// change in behaviour as a difference in the journal.
/// </summary>
public sealed record GoldenCase(
    string Description,
    string Locality,
    Dictionary<string, JsonElement> Referral,
    List<GoldenStep> Steps,
    List<string> Journal)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>One thing that happens to the case: time passes, a task is completed, or a message arrives.</summary>
public sealed record GoldenStep(
    string? Pass = null,
    string? Complete = null,
    Dictionary<string, JsonElement>? Output = null,
    string? Message = null);
