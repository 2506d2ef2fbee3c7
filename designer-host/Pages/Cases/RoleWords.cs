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
}
