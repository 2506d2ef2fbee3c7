namespace Pathway.Measures.Projection;

/// <summary>The columns of a journal row the projection reads.</summary>
public sealed record JournalLine(long Id, Guid CaseId, DateTimeOffset At, string Kind, string? NodeId, string? DataJson);
