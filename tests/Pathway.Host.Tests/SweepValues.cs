namespace Pathway.Host.Tests;

/// <summary>Real values for the sweep's path parameters, so broken bodies reach the handlers, and who may call each path.</summary>
public sealed record SweepValues(string CaseId, long TaskId, long PathwayId, long RuleSetId)
{
    public static async Task<SweepValues> CreateAsync(PathwayHostFactory host, MatrixData data)
    {
        var location = await data.CaseAsync();
        var coordinator = await host.SignInAsync("coordinator");
        var task = (await CaseApi.OpenTaskAsync(coordinator, location, "trusted-assessment"))["id"]!.GetValue<long>();
        return new(location.Split('/')[^1], task, await data.FirstIdAsync("/api/pathways"), await data.FirstIdAsync("/api/rules"));
    }

    /// <summary>The OpenAPI path with each parameter set to a value that names real data.</summary>
    public string Fill(string path) => path
        .Replace("/api/tasks/{id}", $"/api/tasks/{TaskId}", StringComparison.Ordinal)
        .Replace("/api/cases/{id}", $"/api/cases/{CaseId}", StringComparison.Ordinal)
        .Replace("/api/pathways/{id}", $"/api/pathways/{PathwayId}", StringComparison.Ordinal)
        .Replace("/api/rules/{id}", $"/api/rules/{RuleSetId}", StringComparison.Ordinal)
        .Replace("/api/pathways/{key}", "/api/pathways/admission-avoidance", StringComparison.Ordinal)
        .Replace("/api/rules/{name}", "/api/rules/escalation", StringComparison.Ordinal)
        .Replace("/messages/{name}", "/messages/handover-accepted", StringComparison.Ordinal)
        .Replace("{team}", "north-shire", StringComparison.Ordinal)
        .Replace("/api/localities/{code}", "/api/localities/north-shire", StringComparison.Ordinal)
        .Replace("{measure}", "ucr-2-hour", StringComparison.Ordinal)
        .Replace("{incidentId}", "no-such-incident", StringComparison.Ordinal)
        .Replace("{documentName}", "v1", StringComparison.Ordinal);

    public static string UserFor(string method, string path) => path switch
    {
        _ when path.StartsWith("/api/pathways", StringComparison.Ordinal) || path.StartsWith("/api/rules", StringComparison.Ordinal)
            || path == "/api/roles" || (method == "POST" && path == "/api/cases") => "designer",
        _ when path.StartsWith("/api/measures", StringComparison.Ordinal) || path.StartsWith("/api/reports", StringComparison.Ordinal) => "commissioner",
        _ when path.StartsWith("/api/audit", StringComparison.Ordinal) || path.StartsWith("/api/localities", StringComparison.Ordinal) => "admin",
        _ => "coordinator",
    };
}
