using System.Text.Json.Serialization;
using Pathway.Cases;
using Pathway.DesignerHost.Policy;
using Pathway.DesignerHost.Security;
using Pathway.Measures;
using Microsoft.AspNetCore.Mvc;
using Pathway.DesignerHost.Audit;
using Pathway.DesignerHost.Impact;
using Pathway.DesignerHost.Operations;
using Pathway.Policy.Gate;
using Pathway.Policy.Running;
using Pathway.Runtime;
using Pathway.Runtime.Seeding;
using Pathway.Runtime.Storage;
using Scalar.AspNetCore;

namespace Pathway.DesignerHost;

/// <summary>The host's services and middleware, so Program.cs reads as the outline it is.</summary>
public static class HostSetup
{
    public static void AddPathwayHost(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Pathway").Get<PathwayRuntimeOptions>() ?? new PathwayRuntimeOptions();
        // Database:Provider (Sqlite or PostgreSQL) and Database:ConnectionString choose the store.
        options.Provider = DatabaseSetup.Parse(builder.Configuration["Database:Provider"]);
        options.ConnectionString = builder.Configuration["Database:ConnectionString"] ?? options.ConnectionString;
        options.WorkflowsPath = ResolvePath(builder.Environment, options.WorkflowsPath);
        options.RulesPath = ResolvePath(builder.Environment, options.RulesPath);
        options.SpecsPath = ResolvePath(builder.Environment, options.SpecsPath ?? "../specs");
        builder.Services.AddPathwayRuntime(options);
        builder.Services.AddPathwayCasework();
        builder.Services.AddPathwayMeasures(options.ConnectionString, options.Provider);
        builder.Services.AddMediator(m => m.ServiceLifetime = ServiceLifetime.Scoped);
        builder.Services.AddPathwayPolicy(new PolicyComposition(s => s.AddMediator(m => m.ServiceLifetime = ServiceLifetime.Scoped)));
        builder.Services.AddHostedService<PolicyStartupRun>();
        builder.Services.AddSingleton<LocalityPolicyChecks>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LocalityPolicyChecks>());
        builder.AddPathwayAuth();
        builder.AddPathwayOperations();
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
        builder.Services.AddImpactRuns();
        builder.Services.AddRazorPages(pages => pages.Conventions.AddFolderApplicationModelConvention(
            "/Cases", model => model.Filters.Add(new ServiceFilterAttribute(typeof(CasePageAuditFilter)))));
        // The Policy page reads the specs and their latest results; ../specs beside the host by default.
        var specsPath = ResolvePath(builder.Environment, builder.Configuration["Pathway:SpecsPath"] ?? "../specs")!;
        builder.Services.AddSingleton(new PolicyDocuments(specsPath));
        builder.Services.AddScoped<LivePolicy>();
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
        app.MapPathwayHealth();
    }

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/fhir");

    private static string? ResolvePath(IWebHostEnvironment environment, string? path) =>
        path is null ? null : Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
}
