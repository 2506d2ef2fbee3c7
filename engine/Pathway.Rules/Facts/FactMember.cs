namespace Pathway.Rules.Facts;

/// <summary>One readable fact: its case variable name, CLR type and compiled accessors.</summary>
public sealed record FactMember(string Name, Type Type, Func<CaseFacts, object?> Get, Action<CaseFacts, object?> Set);
