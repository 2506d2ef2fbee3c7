namespace Pathway.Runtime.Cases;

/// <summary>The message a case starts on, at the pathway's message start for it, with the key it was correlated by.</summary>
public sealed record StartingMessage(string Name, string? CorrelationKey);
