namespace Pathway.Host.Tests;

/// <summary>The product's own source lines (C#, Razor and browser modules, not build output or packages), for tests that scan it.</summary>
internal static class ProductSource
{
    public static IEnumerable<(string Path, int Number, string Text)> Lines(params string[] folders) =>
        from folder in folders
        from file in Directory.EnumerateFiles(Repository.Combine(folder), "*.*", SearchOption.AllDirectories)
        where file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal)
            || (file.EndsWith(".ts", StringComparison.Ordinal) && !file.EndsWith(".spec.ts", StringComparison.Ordinal))
        let relative = System.IO.Path.GetRelativePath(Repository.Root, file).Replace('\\', '/')
        where !relative.Contains("/obj/", StringComparison.Ordinal) && !relative.Contains("/bin/", StringComparison.Ordinal)
            && !relative.Contains("/node_modules/", StringComparison.Ordinal) && !relative.Contains("/wwwroot/", StringComparison.Ordinal)
        from line in File.ReadLines(file).Select((text, i) => (text, number: i + 1))
        select (relative, line.number, line.text);
}
