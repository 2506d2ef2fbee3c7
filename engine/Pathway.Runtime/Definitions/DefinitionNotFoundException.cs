namespace Pathway.Runtime.Definitions;

public sealed class DefinitionNotFoundException(string message) : Exception(message);
