using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Pathway.Measures.Storage;

/// <summary>Lets `dotnet ef migrations add` build the context without the host.</summary>
internal sealed class DesignTimeMeasuresDbContextFactory : IDesignTimeDbContextFactory<MeasuresDbContext>
{
    public MeasuresDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<MeasuresDbContext>();
        MeasuresDbContext.Configure(builder, "Data Source=design-time.db");
        return new MeasuresDbContext(builder.Options);
    }
}
