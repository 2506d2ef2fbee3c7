using System.Text;

namespace Pathway.Measures.Export;

/// <summary>RFC 4180 CSV; cells that a spreadsheet would run as a formula are prefixed with a quote.</summary>
public static class Csv
{
    public static string Write(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        Line(text, headers);
        foreach (var row in rows)
            Line(text, row);
        return text.ToString();
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Escape));
        text.Append("\r\n");
    }

    private static string Escape(string cell)
    {
        if (cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) && !double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _))
            cell = "'" + cell;
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
