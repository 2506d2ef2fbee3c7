using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Measures.Projection;
using Pathway.Measures.Queries;
using Pathway.Measures.Storage;
using Pathway.Runtime.Storage;

namespace Pathway.Measures;

public static class MeasuresServices
{
    /// <summary>The measures' context, projection and dashboard query, on the engine's database.</summary>
    public static IServiceCollection AddPathwayMeasures(this IServiceCollection services, string connectionString, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        services.AddDbContext<MeasuresDbContext>(db => MeasuresDbContext.Configure(db, connectionString, provider));
        services.AddScoped<MeasuresProjection>();
        services.AddScoped<MeasuresQuery>();
        services.AddScoped<Export.UcrReferralExport>();
        services.AddSingleton<ProjectionGate>();
        return services;
    }

    /// <summary>Creates or updates the measures' tables (their own migration history).</summary>
    public static Task MigrateMeasuresAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<MeasuresDbContext>().Database.MigrateAsync(cancellationToken);
}
