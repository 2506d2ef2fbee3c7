namespace Pathway.Runtime.Storage;

/// <summary>A pathway or rule-set version: a draft being edited, the published one in force, or one it replaced.</summary>
public enum DefinitionStatus
{
    Draft,
    Published,
    Superseded,
}
