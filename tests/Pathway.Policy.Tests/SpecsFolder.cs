namespace Pathway.Policy.Tests;

/// <summary>A throwaway specs folder with feature files and a results file, deleted after the test.</summary>
internal sealed class SpecsFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"policy-tests-{Guid.NewGuid():N}");

    public SpecsFolder Feature(string relativePath, string text)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return this;
    }

    public SpecsFolder Results(string json) => Feature("results/latest.json", json);

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
