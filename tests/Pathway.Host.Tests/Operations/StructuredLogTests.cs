using Microsoft.Extensions.Logging;
using Pathway.DesignerHost;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Telemetry;

namespace Pathway.Host.Tests.Operations;

public sealed class StructuredLogTests
{
    [Fact]
    public async Task IncidentAndRefusalLines_CarryTheErrorCodeAndTheCaseId()
    {
        // given: a host whose lines are kept, and a case the rules cannot read (its age is not a number)
        var logs = new CapturedLogs();
        using var host = new PathwayHostFactory { Logs = logs };
        var designer = await host.SignInAsync("designer");
        var started = await designer.PostAsJsonAsync("/api/cases", new { pathway = "admission-avoidance", locality = "north-shire", variables = new { age = "eighty" } });
        var view = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        var caseId = view["id"]!.GetValue<string>();
        var incidentCode = view["incidents"]!.AsArray().First()!["code"]!.GetValue<string>();

        // when: a retry of an incident the case does not have is refused
        var refused = await designer.PostAsync($"/api/cases/{caseId}/incidents/no-such-incident/retry", null);
        var refusalCode = (await refused.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>();

        // then
        var incident = Assert.Single(logs.Lines, l => l.Category == typeof(CaseRunner).FullName && l.Level == LogLevel.Warning);
        Assert.Equal(incidentCode, incident[CaseLog.ErrorCode]);
        Assert.Equal(caseId, incident[CaseLog.CaseId]);
        var refusal = Assert.Single(logs.Lines, l => l.Category == typeof(ProblemMapper).FullName);
        Assert.Equal(refusalCode, refusal[CaseLog.ErrorCode]);
        Assert.Equal(caseId, refusal[CaseLog.CaseId]);
    }
}
