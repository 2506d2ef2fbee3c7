namespace Pathway.Runtime.Definitions;

/// <summary>One line of a comparison: kept (' '), removed ('-') or added ('+'), with its line numbers before and after.</summary>
public sealed record DiffLine(char Change, int? Before, int? After, string Text);

/// <summary>A line-by-line comparison by longest common subsequence: definitions are a few thousand lines at most.</summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Compare(string before, string after)
    {
        var a = before.ReplaceLineEndings("\n").Split('\n');
        var b = after.ReplaceLineEndings("\n").Split('\n');
        // common[i, j]: the longest common run of a[i..] and b[j..].
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
        var lines = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
                lines.Add(new DiffLine(' ', ++x, ++y, a[x - 1]));
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
                lines.Add(new DiffLine('+', null, ++y, b[y - 1]));
            else
                lines.Add(new DiffLine('-', ++x, null, a[x - 1]));
        }
        return lines;
    }
}
