namespace Pathway.Host.Tests;

/// <summary>Finds the repository (the folder with Pathway.sln) and the shared corpus beside it, walking up from the test run.</summary>
public static class RepoRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pathway.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Pathway.sln not found above " + AppContext.BaseDirectory);
    }

    public static string? FhirCorpus()
    {
        for (var dir = new DirectoryInfo(Find()); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "shared", "corpus", "fhir-bars");
            if (Directory.Exists(corpus))
                return corpus;
        }
        return null;
    }
}
