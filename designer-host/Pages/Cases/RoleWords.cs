using System.Globalization;

namespace Pathway.DesignerHost.Pages.Cases;

/// <summary>A role or discipline as people say it: "crisis-response-nurse" reads "Crisis response nurse".</summary>
public static class RoleWords
{
    public static string Of(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
            return "";
        var words = string.Join(' ', role.Split('-').Select(w => w is "gp" or "mdt" or "ed" ? w.ToUpperInvariant() : w));
        return char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }

    /// <summary>The role inside a sentence: "a community physiotherapist", "the MDT".</summary>
    public static string InSentence(string? role)
    {
        var words = Of(role);
        return words.Length > 1 && !char.IsUpper(words[1]) ? char.ToLower(words[0], CultureInfo.InvariantCulture) + words[1..] : words;
    }
}
