using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Storage;

namespace Pathway.Measures.Storage;

/// <summary>
/// The measures' own tables in the engine's database, with their own migration history so
/// they never collide with the engine's migrations. Reads the journal through
/// <see cref="PathwayDbContext"/>; writes only here.
/// </summary>
public sealed class MeasuresDbContext(DbContextOptions<MeasuresDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__measures_migrations";

    public DbSet<CaseMeasureRecord> Cases => Set<CaseMeasureRecord>();
    public DbSet<HandoverDeclineRecord> HandoverDeclines => Set<HandoverDeclineRecord>();
    public DbSet<ProjectionCheckpoint> Checkpoints => Set<ProjectionCheckpoint>();
    public DbSet<DimensionRecord> Dimensions => Set<DimensionRecord>();
    public DbSet<RollupCellRecord> Rollup => Set<RollupCellRecord>();

    public static void Configure(DbContextOptionsBuilder builder, string connectionString, DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        builder.Configure(provider, connectionString, MigrationsHistoryTable);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MeasuresDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // The same UTC-ticks storage as the engine, so the dashboard compares and orders times in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
