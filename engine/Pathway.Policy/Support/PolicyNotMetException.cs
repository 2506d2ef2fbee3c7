namespace Pathway.Policy.Support;

/// <summary>A scenario's expectation not met, worded for the Policy page ("expected ..., but ...").</summary>
public sealed class PolicyNotMetException(string message) : Exception(message);
