using System.Text.Json.Serialization;

namespace Pathway.Measures.Export;

/// <summary>The chart a page hands the front end's charts entry (its ChartSpec, by the same JSON names).</summary>
public sealed record ChartSpec(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("series")] IReadOnlyList<ChartSeries> Series,
    [property: JsonPropertyName("ambition"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Ambition = null,
    [property: JsonPropertyName("unit"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unit = null,
    [property: JsonPropertyName("yMax"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? YMax = null);

public sealed record ChartSeries(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("data")] IReadOnlyList<double> Data);
