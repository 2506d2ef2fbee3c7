namespace Pathway.Host.Tests.Operations;

/// <summary>A test of the host against a PostgreSQL server it reaches over the network; it runs in test.sh's PostgreSQL pass.</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!ScratchDatabase.OnPostgres)
            Skip = $"needs a PostgreSQL server: runs with {ScratchDatabase.ProviderVariable}=postgres (test.sh's second pass)";
    }
}
