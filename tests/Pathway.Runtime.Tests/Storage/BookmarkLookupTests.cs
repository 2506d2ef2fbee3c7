using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Storage;

/// <summary>
/// The bookmark indexes hold only the bookmarks looked up through them, so the look-ups must still
/// reach them: SQLite's plan for each, on the embedded store (PostgreSQL plans by its statistics).
/// </summary>
public sealed class BookmarkLookupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pathway-bookmarks-").FullName;
    private readonly QueryPlans _plans = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(BookmarkKind.Message)]
    [InlineData(BookmarkKind.Signal)]
    public async Task TheCasesWaitingOnAName_AreFoundThroughTheIndexOfNamedBookmarks(BookmarkKind kind)
    {
        await using var db = await MigratedAsync();
        await WaitingCases.On(db, kind, "winter-escalation").ToListAsync();
        Assert.Contains("INDEX IX_bookmarks_Kind_Key (Kind=? AND Key=?)", Assert.Single(_plans.Of("\"bookmarks\"")));
    }

    [Fact]
    public async Task TheTimersDueNow_AreFoundThroughTheIndexOfTimers()
    {
        await using var db = await MigratedAsync();
        await FireDueTimersHandler.Due(db, DateTimeOffset.UtcNow).ToListAsync();
        Assert.Contains("INDEX IX_bookmarks_Kind_DueAt (Kind=? AND DueAt<?)", Assert.Single(_plans.Of("\"bookmarks\"")));
    }

    [Fact]
    public async Task Bookmarks_AreOneTreeInTheOrderOfTheirKey()
    {
        await using var db = await MigratedAsync();
        // EF cannot declare WITHOUT ROWID: a migration that rebuilds the table must write the clause itself.
        var table = await db.Database.SqlQuery<string>($"SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'bookmarks'").SingleAsync();
        Assert.EndsWith("WITHOUT ROWID", table.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(
            ["IX_bookmarks_Kind_DueAt", "IX_bookmarks_Kind_Key"],
            await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'bookmarks' ORDER BY name").ToListAsync());
    }

    private async Task<PathwayDbContext> MigratedAsync()
    {
        var db = new PathwayDbContext(new DbContextOptionsBuilder<PathwayDbContext>()
            .Configure(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "pathway.db")}").AddInterceptors(_plans).Options);
        await db.Database.MigrateAsync();
        return db;
    }
}
