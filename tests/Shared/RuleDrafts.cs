using System.Text.Json.Nodes;

namespace Pathway.Testing;

/// <summary>Drafts of the shipped rule sets that the policy, publish-gate and impact tests (and the bench) try.</summary>
internal static class RuleDrafts
{
    /// <summary>
    /// best-placed-assessor with the national "fall" rule answering on the routine standard within 7 days
    /// instead of within 2 hours, by <paramref name="role"/> where given (else the same community physiotherapist).
    /// </summary>
    public static string FallsRoutine(string json, string? role = null)
    {
        var root = JsonNode.Parse(json)!;
        var rules = (root is JsonArray workflows ? workflows[0]! : root)["Rules"]!.AsArray();
        var outputs = rules.Single(r => (string?)r!["RuleName"] == "fall")!["Properties"]!["outputs"]!.AsObject();
        outputs["responseStandard"] = "routine";
        outputs["responseWindow"] = "P7D";
        if (role is not null)
            outputs["assessorRole"] = role;
        return root.ToJsonString();
    }
}
