using System.Globalization;

namespace Pathway.DesignerHost.Pages.Cases;

/// <summary>A role or discipline as people say it (<see cref="Pathway.Engine.Vocabulary.StaffRoles.NameOf"/>), on its own or inside a sentence.</summary>
public static class RoleWords
{
    public static string Of(string? role) => Pathway.Engine.Vocabulary.StaffRoles.NameOf(role);

    /// <summary>The role inside a sentence: "a community physiotherapist", "the MDT".</summary>
    public static string InSentence(string? role)
    {
        var words = Of(role);
        return words.Length > 1 && !char.IsUpper(words[1]) ? char.ToLower(words[0], CultureInfo.InvariantCulture) + words[1..] : words;
    }
}
