namespace Pathway.Testing;

/// <summary>
/// The checkout a test (or benchmark) runs in, and the <c>shared/</c> folder CI clones beside
/// it, found by walking up from the assembly. Linked into every test project (see
/// tests/Directory.Build.props) so there is one copy of the search.
/// </summary>
internal static class Repository
{
    /// <summary>The folder holding Pathway.sln.</summary>
    public static string Root { get; } = Above("Pathway.sln") is { } solution
        ? Path.GetDirectoryName(solution)!
        : throw new InvalidOperationException($"no Pathway.sln above {AppContext.BaseDirectory}: run from inside the repository");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The first file or folder at <paramref name="relative"/> below a folder above the assembly, or null.</summary>
    public static string? Above(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
