using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Pathway.Runtime.Storage;

namespace Pathway.PostgreSql.Quartz;

/// <summary>
/// Quartz's clustered job store tables (qrtz_*), created by Pathway's migrations so every node
/// starts on a complete schema and none races to provision it. The DDL is the script Quartz
/// itself ships for PostgreSQL (an embedded resource of the Quartz assembly), with the default
/// table prefix. Hand-written, so regenerating the model's migrations leaves it alone.
/// </summary>
[DbContext(typeof(PathwayDbContext))]
[Migration("20261101000000_QuartzTables")]
public sealed class QuartzTables : Migration
{
    private const string Resource = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";
    private const string TablePrefix = "qrtz_";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in Statements())
            migrationBuilder.Sql(statement);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "fired_triggers", "paused_trigger_grps", "scheduler_state", "locks", "simple_triggers", "simprop_triggers", "cron_triggers", "blob_triggers", "triggers", "job_details", "calendars" })
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {TablePrefix}{table} CASCADE;");
    }

    /// <summary>Quartz's script, its prefix placeholders filled in, split where Quartz itself splits it.</summary>
    internal static IEnumerable<string> Statements()
    {
        using var stream = typeof(global::Quartz.IScheduler).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The Quartz assembly no longer carries '{Resource}'; add its PostgreSQL tables as a migration by hand.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal);
        return script.Split("\n--;;", StringSplitOptions.TrimEntries)
            .Select(piece => string.Join('\n', piece.Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(piece => piece.Length > 0)
            .ToArray();
    }
}
