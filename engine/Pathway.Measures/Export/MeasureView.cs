using Pathway.Measures.Definitions;

namespace Pathway.Measures.Export;

/// <summary>One measure as shown and exported: its definition, a chart and the table of the same numbers.</summary>
public sealed record MeasureView(MeasureDefinition Definition, ChartSpec? Chart, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Notes);
