using Pathway.Measures.Queries;

namespace Pathway.DesignerHost.Measures;

/// <summary>The dashboard's filters as query-string parameters; empty means all.</summary>
public sealed record MeasuresQueryParameters(string? Locality, string? Team, string? Source, string? Need, DateOnly? From, DateOnly? To)
{
    public MeasureFilter ToFilter() => new(Blank(Locality), Blank(Team), Blank(Source), Blank(Need), From, To);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
