using System.Net;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pathway.DesignerHost.Operations;

namespace Pathway.Host.Tests.Operations;

/// <summary>The database lost while the host runs, and not there yet when it starts (PostgreSQL, through a link the test cuts).</summary>
public sealed class DatabaseOutageTests
{
    [PostgresFact]
    public async Task DatabaseLostWhileRunning_CommandsGet503WithNothingWritten_AndTheHostCarriesOnWhenItIsBack()
    {
        // given: a host reaching its database through a link, a signed-in coordinator and one referral taken
        var logs = new CapturedLogs();
        using var host = new PathwayHostFactory { Logs = logs };
        await using var link = new DatabaseLink(host.DatabaseConnectionString);
        host.HostConnectionString = link.ConnectionString;
        var coordinator = await host.SignInAsync("coordinator");
        var first = await SendReferralAsync(coordinator, "9434765919", "first-referral");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var before = await RowCountsAsync(host);

        // when: the database goes away
        link.Cut();
        var lost = await SendReferralAsync(coordinator, "9434765927", "second-referral");
        var read = await coordinator.GetAsync(first.Headers.Location);

        // then: 503 with the code, and nothing of the second referral written
        foreach (var refused in new[] { lost, read })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal(OperationsErrors.DatabaseUnavailable, problem["code"]!.GetValue<string>());
        }
        Assert.Equal(before, await RowCountsAsync(host));

        // when: it comes back, the same request is sent again, with no restart
        var mark = logs.Lines.Count;
        link.Restore();
        var again = await SendReferralAsync(coordinator, "9434765927", "second-referral");

        // then
        Assert.True(again.StatusCode == HttpStatusCode.Created, string.Join("\n", logs.Lines.Skip(mark).Where(l => l.Level >= LogLevel.Error).Select(l => l.Message + " " + l.Exception)));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(first.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(before.Cases + 1, (await RowCountsAsync(host)).Cases);
    }

    [PostgresFact]
    public async Task DatabaseDownAtStartUp_TheHostSaysSoAndRetries_ThenStartsWhenItIsBack()
    {
        // given: a host whose database cannot be reached
        var logs = new CapturedLogs();
        using var host = new PathwayHostFactory { Logs = logs };
        await using var link = new DatabaseLink(host.DatabaseConnectionString, cut: true);
        host.HostConnectionString = link.ConnectionString;

        // when: it starts
        var starting = Task.Run(() => host.CreateClient());
        await WaitForAsync(() => logs.Lines.Count(RetryLine) >= 2, "the host to say twice that it cannot reach the database");

        // then: a clear line with the code, and nothing migrated while it waits
        Assert.Contains("cannot be reached", logs.Lines.First(RetryLine).Message, StringComparison.Ordinal);
        Assert.False(starting.IsCompleted);
        Assert.Equal(0, await ScalarAsync(host, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));

        // when: the database comes back, the host starts without being restarted
        link.Restore();
        var client = await starting.WaitAsync(TimeSpan.FromMinutes(2));

        // then
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [PostgresFact]
    public async Task LinkLostHalfWayThroughTheSchema_LeavesNoTableOfAMigrationNotRecorded_AndTheNextTryFinishesIt()
    {
        // given: a host whose link breaks after the tenth table of its first migration has been sent
        var logs = new CapturedLogs();
        using var host = new PathwayHostFactory { Logs = logs };
        await using var link = new DatabaseLink(host.DatabaseConnectionString);
        link.CutAfterSending("CREATE TABLE", 10);
        host.HostConnectionString = link.ConnectionString;

        // when: it starts, loses the database and says so
        var starting = Task.Run(() => host.CreateClient());
        await WaitForAsync(() => logs.Lines.Any(RetryLine), "the host to say it lost the database");

        // then: what was begun is rolled back: no table but the migration history's, nothing recorded as applied
        Assert.Equal(0, await ScalarAsync(host,
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '\\_\\_%'"));
        var history = await ScalarAsync(host, "SELECT count(*) FROM information_schema.tables WHERE table_name = '__EFMigrationsHistory'");
        Assert.Equal(0, history == 0 ? 0 : await ScalarAsync(host, "SELECT count(*) FROM \"__EFMigrationsHistory\""));

        // when: the database is back, the next try migrates from the start and the host starts
        link.Restore();
        var client = await starting.WaitAsync(TimeSpan.FromMinutes(2));

        // then
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    private static bool RetryLine(CapturedLogs.Line line) => line[Pathway.Runtime.Telemetry.CaseLog.ErrorCode] == OperationsErrors.DatabaseUnavailableAtStartUp;

    private static async Task<HttpResponseMessage> SendReferralAsync(HttpClient client, string nhsNumber, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(Referrals.Valid(nhsNumber)) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private static async Task<Counts> RowCountsAsync(PathwayHostFactory host) => new(
        await ScalarAsync(host, "SELECT count(*) FROM cases"),
        await ScalarAsync(host, "SELECT count(*) FROM journal"),
        await ScalarAsync(host, "SELECT count(*) FROM referrals"),
        await ScalarAsync(host, "SELECT count(*) FROM people"),
        await ScalarAsync(host, "SELECT count(*) FROM idempotency_keys"));

    private static async Task<long> ScalarAsync(PathwayHostFactory host, string sql)
    {
        await using var connection = new NpgsqlConnection(host.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(100);
        }
    }

    private sealed record Counts(long Cases, long Journal, long Referrals, long People, long IdempotencyKeys);
}
