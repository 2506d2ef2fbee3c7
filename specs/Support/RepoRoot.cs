namespace Pathway.Specs.Support;

/// <summary>The checkout the specs run in: the folder holding Pathway.sln, found from the test assembly upwards.</summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pathway.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"no Pathway.sln above {AppContext.BaseDirectory}: the specs run from inside the repository");
    }
}
