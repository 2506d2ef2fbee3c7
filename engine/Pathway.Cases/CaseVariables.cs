using Pathway.Runtime.Storage;

namespace Pathway.Cases;

/// <summary>Reads the case variables case work keys on, from a case row.</summary>
public static class CaseVariables
{
    public static string? Team(CaseRecord record) => Get(record, "team") as string;

    public static object? Get(CaseRecord record, string name) =>
        CaseStateJson.Deserialize(record.StateJson).Variables.GetValueOrDefault(name);
}
