using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Pathway.Runtime.Storage;
using Pathway.Runtime.Telemetry;

namespace Pathway.DesignerHost.Operations;

/// <summary>What running several hosts needs from each: shared data-protection keys, health endpoints and telemetry.</summary>
public static class OperationsSetup
{
    public static void AddPathwayOperations(this WebApplicationBuilder builder)
    {
        // The key ring lives in the database, so a cookie or antiforgery token issued by one host reads on every other.
        builder.Services.AddDataProtection().SetApplicationName("Pathway").PersistKeysToDbContext<PathwayDbContext>();
        builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);
        // Traces and metrics (Pathway's commands, group commits, timer lag; ASP.NET Core's requests)
        // go to an OTLP collector when the standard OTEL_EXPORTER_OTLP_ENDPOINT is set; the
        // exporter reads the other OTEL_* variables (headers, protocol, service name) itself.
        var telemetry = builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(PathwayTelemetry.Name).AddAspNetCoreInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(PathwayTelemetry.Name).AddAspNetCoreInstrumentation());
        if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.UseOtlpExporter();
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
