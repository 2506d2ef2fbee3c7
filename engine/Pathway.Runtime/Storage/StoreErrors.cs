using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Pathway.Runtime.Storage;

/// <summary>Reads what a failed save means, whichever database is underneath.</summary>
public static class StoreErrors
{
    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY; SQLSTATE 23505 is unique_violation.
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;
    private const string UniqueViolationState = "23505";

    /// <summary>A row with the same unique key was already there: another request wrote it first.</summary>
    public static bool IsUniqueViolation(Exception exception) => (exception is DbUpdateException { InnerException: { } inner } ? inner : exception) switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        DbException store => store.SqlState == UniqueViolationState,
        _ => false,
    };
}
