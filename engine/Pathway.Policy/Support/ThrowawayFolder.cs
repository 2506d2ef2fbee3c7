namespace Pathway.Policy.Support;

/// <summary>
/// Where a scenario's throwaway databases go: memory-backed /dev/shm where there is one, so
/// SQLite's flushes (on for the live store) cost nothing for data that is deleted at once.
/// </summary>
public static class ThrowawayFolder
{
    public static string Path { get; } = Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();

    public static string NewDatabase(string prefix) => System.IO.Path.Combine(Path, $"{prefix}-{Guid.NewGuid():N}.db");
}
