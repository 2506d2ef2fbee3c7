using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Pathway.Measures.Storage;
using Pathway.Runtime.Storage;

namespace Pathway.PostgreSql;

/// <summary>
/// Lets `dotnet ef migrations add ... --project engine/Pathway.PostgreSql --startup-project engine/Pathway.PostgreSql`
/// build each context on PostgreSQL. No server is contacted to generate a migration.
/// </summary>
internal static class DesignTime
{
    public const string ConnectionString = "Host=localhost;Database=pathway_design_time";
}

internal sealed class PathwayDbContextFactory : IDesignTimeDbContextFactory<PathwayDbContext>
{
    public PathwayDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PathwayDbContext>().Configure(DatabaseProvider.PostgreSQL, DesignTime.ConnectionString).Options);
}

internal sealed class MeasuresDbContextFactory : IDesignTimeDbContextFactory<MeasuresDbContext>
{
    public MeasuresDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<MeasuresDbContext>();
        MeasuresDbContext.Configure(builder, DesignTime.ConnectionString, DatabaseProvider.PostgreSQL);
        return new MeasuresDbContext(builder.Options);
    }
}
