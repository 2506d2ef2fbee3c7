namespace Pathway.Cases.CaseList;

/// <summary>The short reference staff quote for a case: the first 8 characters of its id, in capitals.</summary>
public static class CaseReference
{
    public const int Length = 8;

    public static string Of(Guid caseId) => caseId.ToString("N")[..Length].ToUpperInvariant();

    /// <summary>Whether the text could be a reference (8 hexadecimal characters), so a search tries it.</summary>
    public static bool Looks(string text) => text.Length == Length && text.All(char.IsAsciiHexDigit);
}
