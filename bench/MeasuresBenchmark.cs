using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pathway.Measures.Projection;
using Pathway.Measures.Queries;
using Pathway.Measures.Storage;
using Pathway.Runtime.Storage;

namespace Pathway.Bench;

/// <summary>
/// A year of a large locality: bulk-writes synthetic journals (the engine's and the case-work
/// commands' measure-bearing lines, in the shapes they write them), folds them with the
/// projection (case rows and rollup), then times the dashboard query set, including a period
/// that starts and ends mid-month (whose part months are read from the case rows). The figure
/// is the full-year dashboard for the locality.
/// </summary>
public static class MeasuresBenchmark
{
    public static async Task<int> Run(string[] args)
    {
        var cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        var path = Path.Combine(Path.GetTempPath(), $"pathway-measures-bench-{Environment.ProcessId}.db");
        var connectionString = $"Data Source={path}";
        try
        {
            var engineOptions = new DbContextOptionsBuilder<PathwayDbContext>().UseSqlite(connectionString).Options;
            var measuresBuilder = new DbContextOptionsBuilder<MeasuresDbContext>();
            MeasuresDbContext.Configure(measuresBuilder, connectionString);
            await using (var engine = new PathwayDbContext(engineOptions)) await engine.Database.MigrateAsync();
            await using (var measures = new MeasuresDbContext(measuresBuilder.Options)) await measures.Database.MigrateAsync();

            var watch = Stopwatch.StartNew();
            var rows = BenchJournal.Write(connectionString, cases, seed: 42);
            Console.WriteLine($"wrote {cases} cases, {rows} journal rows in {watch.Elapsed.TotalSeconds:0.0} s");

            watch.Restart();
            var clock = new FakeTimeProvider(BenchJournal.YearStart.AddYears(1));
            await using (var engine = new PathwayDbContext(engineOptions))
            await using (var measures = new MeasuresDbContext(measuresBuilder.Options))
            {
                var read = await new MeasuresProjection(engine, measures, clock).RunAsync(CancellationToken.None);
                Console.WriteLine($"projection folded {read} rows in {watch.Elapsed.TotalSeconds:0.0} s ({read / watch.Elapsed.TotalSeconds:0} rows/s)");
            }

            var year = new MeasureFilter(Locality: BenchJournal.Locality);
            MeasureFilter[] set = [year, year with { Team = "east" }, year with { Source = "gp" }, year with { Need = "fall" },
                year with { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 3, 31) },
                year with { From = new DateOnly(2026, 2, 15), To = new DateOnly(2026, 11, 14) }];
            double Time(MeasureFilter filter)
            {
                using var engine = new PathwayDbContext(engineOptions);
                using var measures = new MeasuresDbContext(measuresBuilder.Options);
                var query = new MeasuresQuery(measures, engine, clock);
                var timer = Stopwatch.StartNew();
                var dashboard = query.GetAsync(filter, CancellationToken.None).GetAwaiter().GetResult();
                var ms = timer.Elapsed.TotalMilliseconds;
                Console.WriteLine($"  {Describe(filter),-28} {ms,7:0.0} ms  ({dashboard.Referrals} referrals, 2-hour {dashboard.TwoHour.Headline.Percent}%)");
                return ms;
            }
            Time(year); // warm-up: JIT and the page cache
            foreach (var filter in set)
                Time(filter);
            var full = Enumerable.Range(0, 5).Select(_ => Time(year)).Order().ElementAt(2);
            Console.WriteLine($"measures: {full:0} ms for {cases} cases");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                File.Delete(file);
        }
    }

    private static string Describe(MeasureFilter f) =>
        f.Team is not null ? "year, one team" : f.Source is not null ? "year, one source" : f.Need is not null ? "year, one need"
        : f.From is { Day: 1 } ? "one quarter" : f.From is not null ? "mid-month to mid-month" : "year, whole locality";
}
