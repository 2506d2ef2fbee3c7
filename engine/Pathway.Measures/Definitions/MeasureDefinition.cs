namespace Pathway.Measures.Definitions;

/// <summary>What a measure counts, in words shown beside it: what starts and stops the clock, what is in and out.</summary>
public sealed record MeasureDefinition(string Id, string Title, string ClockStarts, string ClockStops, string Counted);
