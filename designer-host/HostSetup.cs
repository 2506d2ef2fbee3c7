using System.Text.Json.Serialization;
using Pathway.Cases;
using Pathway.DesignerHost.Policy;
using Pathway.DesignerHost.Security;
using Pathway.Measures;
using Microsoft.AspNetCore.Mvc;
using Pathway.DesignerHost.Audit;
using Pathway.Runtime;
using Pathway.Runtime.Seeding;
using Scalar.AspNetCore;

namespace Pathway.DesignerHost;

/// <summary>The host's services and middleware, so Program.cs reads as the outline it is.</summary>
public static class HostSetup
{
    public static void AddPathwayHost(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Pathway").Get<PathwayRuntimeOptions>() ?? new PathwayRuntimeOptions();
        options.WorkflowsPath = ResolvePath(builder.Environment, options.WorkflowsPath);
        options.RulesPath = ResolvePath(builder.Environment, options.RulesPath);
        builder.Services.AddPathwayRuntime(options);
        builder.Services.AddPathwayCasework();
        builder.Services.AddPathwayMeasures(options.ConnectionString);
        builder.Services.AddMediator(m => m.ServiceLifetime = ServiceLifetime.Scoped);
        builder.AddPathwayAuth();
        // Unreadable bodies throw, so ProblemMapper answers them with a problem naming the field.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemMapper.Complete);
        builder.Services.AddExceptionHandler<ProblemMapper>();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        builder.Services.AddOpenApi();
        builder.Services.AddScoped<CasePageAuditFilter>();
        builder.Services.AddSingleton<Worklist.ReassignTargets>();
        builder.Services.AddRazorPages(pages => pages.Conventions.AddFolderApplicationModelConvention(
            "/Cases", model => model.Filters.Add(new ServiceFilterAttribute(typeof(CasePageAuditFilter)))));
        // The Policy page reads the specs and their latest results; ../specs beside the host by default.
        var specsPath = ResolvePath(builder.Environment, builder.Configuration["Pathway:SpecsPath"] ?? "../specs")!;
        builder.Services.AddSingleton(new PolicyDocuments(specsPath));
    }

    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().MigrateAndSeedAsync(app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.MigrateMeasuresAsync(app.Lifetime.ApplicationStopping);
    }

    public static void UsePathwayHost(this WebApplication app)
    {
        app.UseExceptionHandler();
        // A person browsing gets the NHS-styled page for a missing case or page; API clients keep problem details.
        app.UseWhen(http => IsApi(http.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(http => !IsApi(http.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseStaticFiles();
        // Routing after the status-code pages, so their re-executed request finds the not-found page's endpoint.
        app.UseRouting();
        app.UseRequestLimits();
        app.UseAuthentication();
        app.UseAuthorization();
        // The API's description holds no data; integrators read it before they have an account.
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapRazorPages();
    }

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/fhir");

    private static string? ResolvePath(IWebHostEnvironment environment, string? path) =>
        path is null ? null : Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
}
