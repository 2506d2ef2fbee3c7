using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using Pathway.DesignerHost.Operations;

namespace Pathway.Host.Tests;

public sealed class HealthTests(PathwayHostFactory host) : IClassFixture<PathwayHostFactory>
{
    [Fact]
    public async Task Live_AnswersWithoutSigningIn()
    {
        var response = await host.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_WithTheDatabaseMigrated_IsHealthyAndNamesTheProvider()
    {
        var response = await host.CreateClient().GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Contains(ScratchDatabase.OnPostgres ? "PostgreSQL" : "Sqlite", body, StringComparison.Ordinal);
    }

    [Fact]
    public void DatabaseOutage_TellsALostServerFromARefusedWrite()
    {
        Assert.True(DatabaseOutage.Is(new NpgsqlException("connection refused")));
        Assert.True(DatabaseOutage.Is(new InvalidOperationException("wrapped", new PostgresException("terminating connection", "FATAL", "FATAL", "57P01"))));
        Assert.True(DatabaseOutage.Is(new SqliteException("unable to open database file", 14)));
        Assert.False(DatabaseOutage.Is(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
        Assert.False(DatabaseOutage.Is(new SqliteException("UNIQUE constraint failed", 19)));
        Assert.False(DatabaseOutage.Is(new InvalidOperationException("not a database problem")));
    }
}
