using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Pathway.Runtime.Storage;

/// <summary>Lets `dotnet ef migrations add` build the context without the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PathwayDbContext>
{
    public PathwayDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PathwayDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
