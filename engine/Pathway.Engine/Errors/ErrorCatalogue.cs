using System.Reflection;

namespace Pathway.Engine.Errors;

/// <summary>One code of a catalogue: the constant's name, the code, its title and HTTP status (0 when none).</summary>
public sealed record ErrorEntry(string Name, string Code, string Title, int Status, Type Catalogue);

/// <summary>Reads the codes of error catalogues, so logs, the API and tests see one definition per code.</summary>
public static class ErrorCatalogue
{
    /// <summary>Every <c>const string</c> of the catalogues that carries an <see cref="ErrorAttribute"/>.</summary>
    public static IReadOnlyList<ErrorEntry> Read(params Type[] catalogues) =>
        [.. from catalogue in catalogues
            from field in catalogue.GetFields(BindingFlags.Public | BindingFlags.Static)
            where field.IsLiteral && field.FieldType == typeof(string)
            let error = field.GetCustomAttribute<ErrorAttribute>()
            where error is not null
            select new ErrorEntry(field.Name, (string)field.GetRawConstantValue()!, error.Title, error.Status, catalogue)];
}
