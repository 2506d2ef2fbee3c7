using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Operations;

/// <summary>What running several hosts needs from each: shared data-protection keys and health endpoints.</summary>
public static class OperationsSetup
{
    public static void AddPathwayOperations(this WebApplicationBuilder builder)
    {
        // The key ring lives in the database, so a cookie or antiforgery token issued by one host reads on every other.
        builder.Services.AddDataProtection().SetApplicationName("Pathway").PersistKeysToDbContext<PathwayDbContext>();
        builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);
    }

    /// <summary>/health/live: the process answers. /health/ready: database, migrations and scheduler (503 until all three).</summary>
    public static void MapPathwayHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = (context, report) => context.Response.WriteAsJsonAsync(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), e.Value.Description }),
            }),
        }).AllowAnonymous();
    }
}
