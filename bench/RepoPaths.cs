namespace Pathway.Bench;

/// <summary>The repository's shipped workflows and rules, found from wherever the benchmark runs.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Workflows => Path.Combine(Root, "workflows");

    public static string Rules => Path.Combine(Root, "rules");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pathway.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("run the benchmark from inside the repository (Pathway.sln not found above it)");
    }
}
