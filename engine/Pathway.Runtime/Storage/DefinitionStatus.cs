namespace Pathway.Runtime.Storage;

/// <summary>A definition version: a draft being edited, the published one in force, or one it replaced.</summary>
public enum DefinitionStatus
{
    Draft,
    Published,
    Superseded,
}
