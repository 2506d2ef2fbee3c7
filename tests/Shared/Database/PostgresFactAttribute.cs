namespace Pathway.Testing;

/// <summary>A test that needs a PostgreSQL server (several nodes on one database, a network link to cut); it runs in test.sh's PostgreSQL pass.</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!ScratchDatabase.OnPostgres)
            Skip = $"needs a PostgreSQL server: runs with {ScratchDatabase.ProviderVariable}=postgres (test.sh's second pass)";
    }
}
