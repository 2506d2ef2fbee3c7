using Pathway.Measures.Definitions;

namespace Pathway.Measures.Export;

/// <summary>
/// One measure as shown and exported: its definition, a chart and the table of the same numbers, and for the
/// page's overview its headline in words and how many cases that headline rests on.
/// </summary>
public sealed record MeasureView(MeasureDefinition Definition, ChartSpec? Chart, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Notes,
    string Headline, int Cases)
{
    /// <summary>Below this many cases a percentage swings on one person, so it carries a caution.</summary>
    public const int LowNumbers = 10;

    /// <summary>Nothing to measure in this selection: the page says so rather than drawing an empty chart.</summary>
    public bool Empty => Cases == 0;

    /// <summary>A period's figures resting on few cases; the workload is a count of tasks now, not a period's rate, so it never is.</summary>
    public bool IsLowNumbers => Cases is > 0 and < LowNumbers && Definition != MeasureDefinitions.Workload;
}
