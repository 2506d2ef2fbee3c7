using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Storage;

public sealed class StoreErrorsTests
{
    [Fact]
    public async Task IsUniqueViolation_SecondRowWithTheSameKey_IsOne()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE t (k TEXT UNIQUE); INSERT INTO t VALUES ('a'); INSERT INTO t VALUES ('a');";

        var error = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());

        Assert.True(StoreErrors.IsUniqueViolation(error));
        Assert.True(StoreErrors.IsUniqueViolation(new DbUpdateException("saving failed", error)));
    }

    [Fact]
    public async Task IsUniqueViolation_OtherConstraintOrError_IsNot()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE t (k TEXT NOT NULL); INSERT INTO t VALUES (NULL);";

        var error = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());

        Assert.False(StoreErrors.IsUniqueViolation(error));
        Assert.False(StoreErrors.IsUniqueViolation(new InvalidOperationException("not a store error")));
    }
}
