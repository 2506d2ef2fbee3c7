namespace Pathway.Engine.Model;

/// <summary>A sequence flow; <see cref="Condition"/> is a boolean expression over case variables.</summary>
public sealed record SequenceFlow(string Id, string? Name, string SourceId, string TargetId, int Line, string? Condition = null);
