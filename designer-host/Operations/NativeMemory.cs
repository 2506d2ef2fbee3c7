using System.Runtime.InteropServices;

namespace Pathway.DesignerHost.Operations;

/// <summary>
/// glibc gives each thread that allocates at once an arena of its own, up to eight per core, and
/// memory freed in one is seldom handed back to the system. SQLite allocates from whichever
/// thread-pool thread runs the query, so the host's native memory grew with every arena. Two
/// arenas are plenty: SQLite serialises its allocations behind its own lock anyway. The same as
/// MALLOC_ARENA_MAX=2, set from inside so every way of starting the host gets it.
/// </summary>
internal static class NativeMemory
{
    private const int ArenaMax = -8; // M_ARENA_MAX in glibc's malloc.h

    public static void UseFewArenas()
    {
        if (!OperatingSystem.IsLinux())
            return;
        try
        {
            _ = mallopt(ArenaMax, 2);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has its own allocator): nothing to set.
        }
    }

    // Plain ints cross as they are, so no marshalling code (and no unsafe project) is needed.
    [DllImport("libc", ExactSpelling = true)]
    private static extern int mallopt(int param, int value);
}
