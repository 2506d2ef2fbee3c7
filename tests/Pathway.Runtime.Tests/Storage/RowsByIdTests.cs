using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Storage;

public sealed class RowsByIdTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pathway-rows-").FullName;
    private readonly QueryPlans _queries = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ATaskAndItsCaseReadOnce_AreFoundTrackedTheSecondTime_NotReadAgain()
    {
        // given a task of a stored case
        long taskId;
        await using (var setup = Context())
        {
            await setup.Database.MigrateAsync();
            var caseId = Guid.CreateVersion7();
            setup.Cases.Add(new CaseRecord { Id = caseId, Locality = "north-shire", StateJson = "{}" });
            var task = new WorkTaskRecord { CaseId = caseId, Name = "Trusted assessment", Role = "crisis-response-nurse", Locality = "north-shire", Status = WorkTaskStatus.Ready };
            setup.WorkTasks.Add(task);
            await setup.SaveChangesAsync();
            taskId = task.Id;
        }

        // when a command's access check reads it with its case, and then its handler asks again
        await using var db = Context();
        var checkedFirst = await RowsById.TaskWithCaseAsync(db, taskId, CancellationToken.None);
        var handled = await RowsById.TaskWithCaseAsync(db, taskId, CancellationToken.None);

        // then the handler has the very rows the check read, and the store was read once
        Assert.Same(checkedFirst!.Task, handled!.Task);
        Assert.Same(checkedFirst.Case, handled.Case);
        Assert.Single(_queries.Of("\"work_tasks\""));
    }

    private PathwayDbContext Context() => new(new DbContextOptionsBuilder<PathwayDbContext>()
        .Configure(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "pathway.db")}").AddInterceptors(_queries).Options);
}
