using TechTalk.SpecFlow;

namespace Pathway.Policy.Support;

/// <summary>Reads a two-column "| detail | value |" table into case variables.</summary>
public static class DetailTable
{
    public static Dictionary<string, object?> Read(Table table)
    {
        if (table.Header.Count != 2)
            throw new ArgumentException("a details table has two columns: | detail | value |");
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var field = PolicyWords.Field(row[0]);
            result[field] = PolicyWords.Value(field, row[1]);
        }
        return result;
    }
}
