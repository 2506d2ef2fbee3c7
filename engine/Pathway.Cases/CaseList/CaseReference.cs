namespace Pathway.Cases.CaseList;

/// <summary>
/// The short reference staff quote for a case: the last 8 characters of its id, in capitals. Case ids are
/// time-ordered (version 7), so their first characters repeat for cases started close together; the end is random.
/// </summary>
public static class CaseReference
{
    public const int Length = 8;

    public static string Of(Guid caseId) => caseId.ToString("N")[^Length..].ToUpperInvariant();

    /// <summary>Whether the text could be a reference (8 hexadecimal characters), so a search tries it.</summary>
    public static bool Looks(string text) => text.Length == Length && text.All(char.IsAsciiHexDigit);
}
