using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Storage;

public sealed class GroupCommitTests : IAsyncLifetime
{
    private readonly string _folder;
    private readonly ScratchDatabase _database;

    public GroupCommitTests()
    {
        _folder = Directory.CreateTempSubdirectory("pathway-commit-").FullName;
        _database = ScratchDatabase.Create(Path.Combine(_folder, "pathway.db"));
    }

    public async Task InitializeAsync()
    {
        await using var db = Context();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SaveAsync_OneCommandConflicts_OnlyThatCommandFails()
    {
        // given three commands, the last writing a row the first also writes
        await using var commits = Commits();
        var caseId = Guid.CreateVersion7();
        await using var first = WithBookmark(caseId, "b1");
        await using var second = WithBookmark(caseId, "b2");
        await using var clash = WithBookmark(caseId, "b1");

        // when they are saved together
        var saves = new[] { commits.SaveAsync(first, default), commits.SaveAsync(second, default), commits.SaveAsync(clash, default) };
        await Assert.ThrowsAsync<DbUpdateException>(() => saves[2]);
        await Task.WhenAll(saves[0], saves[1]);

        // then the other two are durable, and the failed one left nothing
        await using var db = Context();
        Assert.Equal(["b1", "b2"], await db.Bookmarks.Where(b => b.CaseId == caseId).Select(b => b.BookmarkId).OrderBy(b => b).ToListAsync());
    }

    [Fact]
    public async Task SaveAsync_WhenTheDatabaseCannotBeOpened_FailsTheCommandInsteadOfWaitingForever()
    {
        var missing = _database.Provider == DatabaseProvider.PostgreSQL
            ? new Npgsql.NpgsqlConnectionStringBuilder(_database.ConnectionString) { Database = "no_such_database" }.ConnectionString
            : $"Data Source={Path.Combine(_folder, "no-such-folder", "pathway.db")};Mode=ReadWrite";
        await using var commits = new GroupCommit(new PathwayRuntimeOptions { Provider = _database.Provider, ConnectionString = missing });
        await using var command = WithBookmark(Guid.CreateVersion7(), "b1");

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => commits.SaveAsync(command, default).WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task SaveAsync_TwoCommandsStagingTheSameRowOnOneCaseVersion_TheLoserFailsOnTheCaseVersionAndWritesNothing()
    {
        // given a case, and two commands that each read it at revision 0 and stage its assessment version 1
        var caseId = await StoredCaseAsync();
        await using var commits = Commits();
        await using var winner = await AssessingAsync(caseId, "physio");
        await using var loser = await AssessingAsync(caseId, "ot");

        // when both are saved in one group
        var saves = new[] { commits.SaveAsync(winner, default), commits.SaveAsync(loser, default) };
        await saves[0];

        // then the loser fails on the case's version, before its assessment trips over the winner's, and leaves nothing
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => saves[1]);
        await using var db = Context();
        var assessment = await db.Assessments.SingleAsync(a => a.CaseId == caseId);
        Assert.Equal("physio", assessment.AssessorId);
        Assert.Equal(1, (await db.Cases.SingleAsync(c => c.Id == caseId)).Revision);
    }

    [Fact]
    public async Task SaveAsync_MoreJournalLinesThanOneInsertTakes_AreAllWrittenInTheirOrder()
    {
        // given a command appending forty lines to a case's journal (three multi-row INSERTs' worth)
        var caseId = Guid.CreateVersion7();
        await using var commits = Commits();
        await using var command = Context();
        for (var sequence = 1; sequence <= 40; sequence++)
            command.Append(new JournalRecord { CaseId = caseId, Sequence = sequence, Kind = "node.entered", NodeId = $"Node{sequence}", Actor = "nurse" });

        // when it is saved
        await commits.SaveAsync(command, default);

        // then every line is stored, numbered in the order it was appended
        await using var db = Context();
        var lines = await db.Journal.Where(j => j.CaseId == caseId).OrderBy(j => j.Id).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 40), lines.Select(l => l.Sequence));
        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"Node{n}"), lines.Select(l => l.NodeId));
    }

    [Fact]
    public async Task SaveAsync_ACaseStep_WritesTheColumnsItChangedAndNoOthers()
    {
        // given a case, read by a command; then its locality is corrected directly in the store
        var caseId = await StoredCaseAsync();
        await using var commits = Commits();
        await using var command = Context();
        var record = await command.Cases.SingleAsync(c => c.Id == caseId);
        await using (var correction = Context())
            await correction.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(c => c.SetProperty(r => r.Locality, "south-vale"));

        // when the command saves a step: new state, one more revision
        record.StateJson = """{"status":"Running"}""";
        record.Revision++;
        await commits.SaveAsync(command, default);

        // then the step's columns are written, and the locality it did not change is left as the store has it
        await using var db = Context();
        var stored = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
        Assert.Equal(("""{"status":"Running"}""", 1L, "south-vale"), (stored.StateJson, stored.Revision, stored.Locality));
    }

    [Fact]
    public async Task SaveAsync_TwoCommandsEndingTheSameBookmark_TheSecondFailsAsAConflictAndWritesNothing()
    {
        // given a stored bookmark, and two commands that each end it (deleted untracked) and journal that they did
        var caseId = Guid.CreateVersion7();
        await using (var setup = WithBookmark(caseId, "b1"))
            await setup.SaveChangesAsync();
        await using var commits = Commits();
        await using var first = Ending(caseId, "b1", "nurse");
        await using var second = Ending(caseId, "b1", "physio");

        // when both are saved in one group
        var saves = new[] { commits.SaveAsync(first, default), commits.SaveAsync(second, default) };
        await saves[0];

        // then the second finds the bookmark gone: a conflict, as a tracked delete would be, and its journal line is not written
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => saves[1]);
        await using var db = Context();
        Assert.False(await db.Bookmarks.AnyAsync(b => b.CaseId == caseId));
        Assert.Equal(["nurse"], await db.Journal.Where(j => j.CaseId == caseId).Select(j => j.Actor).ToListAsync());
    }

    private PathwayDbContext Ending(Guid caseId, string bookmarkId, string actor)
    {
        var db = Context();
        db.Delete(new BookmarkRecord { CaseId = caseId, BookmarkId = bookmarkId, NodeId = "TrustedAssessment" });
        db.Append(new JournalRecord { CaseId = caseId, Sequence = 1, Kind = "task.completed", NodeId = "TrustedAssessment", Actor = actor });
        return db;
    }

    private async Task<PathwayDbContext> AssessingAsync(Guid caseId, string assessor)
    {
        var db = Context();
        var record = await db.Cases.SingleAsync(c => c.Id == caseId);
        // The assessments table sorts before cases, so without the version check first this insert would run, and fail, first.
        db.Assessments.Add(new AssessmentRecord { CaseId = caseId, Version = 1, AssessorId = assessor, Discipline = assessor, FormJson = "{}" });
        record.Revision++;
        return db;
    }

    private PathwayDbContext Context() => new(_database.Options<PathwayDbContext>());

    private GroupCommit Commits() => new(new PathwayRuntimeOptions { Provider = _database.Provider, ConnectionString = _database.ConnectionString });

    /// <summary>A case in north-shire, at revision 0.</summary>
    private async Task<Guid> StoredCaseAsync()
    {
        var caseId = Guid.CreateVersion7();
        await using var setup = Context();
        setup.Cases.Add(new CaseRecord { Id = caseId, Locality = "north-shire", StateJson = "{}" });
        await setup.SaveChangesAsync();
        return caseId;
    }

    private PathwayDbContext WithBookmark(Guid caseId, string bookmarkId)
    {
        var db = Context();
        db.Bookmarks.Add(new BookmarkRecord { CaseId = caseId, BookmarkId = bookmarkId, Kind = BookmarkKind.Task, NodeId = "TrustedAssessment" });
        return db;
    }
}
