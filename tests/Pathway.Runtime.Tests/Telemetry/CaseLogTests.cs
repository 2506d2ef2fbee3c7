using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Telemetry;

namespace Pathway.Runtime.Tests.Telemetry;

public sealed class CaseLogTests
{
    [Fact]
    public async Task AnIncident_IsLoggedWithItsErrorCodeAndTheCaseId()
    {
        // given
        var logs = new CapturedLogs();
        await using var engine = await TestEngine.StartAsync(services => services.AddLogging(l => l.AddProvider(logs)));
        await IncidentPathway.PublishAsync(engine, "log-shire");

        // when
        var started = await engine.SendAsync(new StartCase("admission-avoidance", "log-shire", Referrals.FallAtHome(), TestEngine.Coordinator));

        // then
        var line = Assert.Single(logs.Lines, l => l.Category == typeof(CaseRunner).FullName && l.Level == LogLevel.Warning);
        Assert.Equal(IncidentPathway.MissingRuleSetCode, line[CaseLog.ErrorCode]);
        Assert.Equal(started.CaseId.ToString(), line[CaseLog.CaseId]);
    }

    [Fact]
    public async Task ARefusalOnACase_LeavesTheCommandNamingTheCase()
    {
        // given: a case stopped on an incident, and an incident id that does not exist
        await using var engine = await TestEngine.StartAsync();
        await IncidentPathway.PublishAsync(engine, "log-shire");
        var started = await engine.SendAsync(new StartCase("admission-avoidance", "log-shire", Referrals.FallAtHome(), TestEngine.Coordinator));

        // when
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => engine.SendAsync(new RetryIncident(started.CaseId, "no-such-incident", TestEngine.Coordinator)));

        // then: the host's refusal line can name the case after the command's scope has ended
        Assert.Equal(started.CaseId, CaseLog.Of(refused));
    }
}
