namespace Pathway.Runtime.Storage;

/// <summary>The database Pathway keeps everything in: an embedded SQLite file, or a PostgreSQL server shared by several hosts.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}
