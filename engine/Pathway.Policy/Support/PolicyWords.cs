using System.Globalization;
using System.Text.RegularExpressions;

namespace Pathway.Policy.Support;

/// <summary>
/// Turns the words a commissioner reads ("NEWS2 score", "a fall without serious injury",
/// "community physiotherapist") into the case variables, values and roles the engine uses,
/// so feature files never show a variable name or code.
/// </summary>
public static partial class PolicyWords
{
    // Labels whose variable name is not simply the label in camel case.
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NEWS2 score"] = "news2Score",
        ["NEWS2 3 in one parameter"] = "news2SingleParameterScore3",
        ["clinical frailty scale"] = "clinicalFrailtyScale",
        ["frailty"] = "clinicalFrailtyScale",
        ["lives in"] = "setting",
        ["referred at"] = "hourOfDay",
        ["suspected sepsis"] = "sepsisSuspected",
        ["suspected stroke"] = "strokeSuspected",
        ["suspected fracture"] = "suspectedFracture",
        ["near end of life"] = "endOfLife",
        ["end of life"] = "endOfLife",
        ["complex end-of-life care"] = "complexEndOfLife",
        ["crises in the last 90 days"] = "crisesLast90Days",
        ["self-neglect"] = "selfNeglect",
        ["long lie"] = "longLie",
        ["referred by"] = "referralSource",
        ["the person's involvement"] = "personInvolvement",
        ["person's involvement"] = "personInvolvement",
        ["carers' involvement"] = "carerInvolvement",
        ["positive risk-taking"] = "positiveRiskTaking",
        ["risk taken"] = "risk",
        ["the person's choice"] = "personsChoice",
        ["person's choice"] = "personsChoice",
        ["reason for admission"] = "reason",
    };

    // Fields whose values are codes: "care home" is stored as "care-home".
    private static readonly HashSet<string> CodedFields = new(StringComparer.Ordinal)
    {
        "presentingNeed", "setting", "carerStatus", "referralSource", "dayOfWeek", "receivingService", "outcome",
        "personInvolvement", "carerInvolvement",
    };

    private static readonly Dictionary<string, string> Needs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a fall without serious injury"] = "fall",
        ["a fall"] = "fall",
        ["decompensation of frailty"] = "frailty-decompensation",
        ["reduced function or mobility"] = "reduced-function",
        ["a palliative or end-of-life crisis"] = "palliative-crisis",
        ["urgent equipment"] = "urgent-equipment",
        ["confusion or delirium"] = "confusion-delirium",
        ["urgent catheter care"] = "catheter-care",
        ["urgent support for diabetes"] = "diabetes-support",
        ["unpaid carer breakdown"] = "carer-breakdown",
        ["another need"] = "other",
    };

    private static readonly Dictionary<string, string> Localities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["national"] = "national",
        ["North Shire"] = "north-shire",
        ["Riverside"] = "riverside",
        ["Coastal Bay"] = "coastal-bay",
    };

    /// <summary>A shipped locality by name, or the locality the run checks by its own name ("West Dale" for west-dale), which may be newer than the words here.</summary>
    public static string Locality(string words, string? checking = null) =>
        Localities.TryGetValue(words.Trim(), out var code) ? code
        : checking is not null && string.Join('-', words.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) == checking ? checking
        : throw new ArgumentException($"'{words}' is not a locality Pathway ships{(checking is null ? "" : $" nor the one this run checks ({checking})")}");

    public static string LocalityName(string code) =>
        Localities.FirstOrDefault(l => l.Value == code).Key ?? code;

    /// <summary>"NEWS2 score" → news2Score; "housing need" → housingNeed.</summary>
    public static string Field(string label)
    {
        var trimmed = label.Trim();
        if (Fields.TryGetValue(trimmed, out var name))
            return name;
        var words = WordSplit().Split(trimmed.ToLowerInvariant()).Where(w => w.Length > 0).ToArray();
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>yes/no → bool, whole numbers → long (as a stored case holds them), coded words → codes, text as written.</summary>
    public static object? Value(string field, string words)
    {
        var text = words.Trim();
        if (text.Length == 0 || text.Equals("none given", StringComparison.OrdinalIgnoreCase))
            return null;
        if (text.Equals("yes", StringComparison.OrdinalIgnoreCase))
            return true;
        if (text.Equals("no", StringComparison.OrdinalIgnoreCase))
            return false;
        if (field == "hourOfDay" && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return (long)time.Hour;
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            return number;
        if (field == "presentingNeed" && Needs.TryGetValue(text, out var need))
            return need;
        return CodedFields.Contains(field) ? Code(text) : text;
    }

    /// <summary>"community physiotherapist" → community-physiotherapist; "GP" → gp.</summary>
    public static string Role(string words) => words.Trim().Equals("MDT", StringComparison.Ordinal) ? "mdt" : Code(words.Trim().TrimStart('"').TrimEnd('"').Replace("the ", "", StringComparison.OrdinalIgnoreCase));

    /// <summary>"2 hours" → PT2H, "7 days" → P7D, "30 minutes" → PT30M; several parts may be joined with "and".</summary>
    public static TimeSpan Duration(string words)
    {
        var total = TimeSpan.Zero;
        var matches = DurationPart().Matches(words);
        if (matches.Count == 0)
            throw new ArgumentException($"'{words}' is not a length of time such as '2 hours' or '1 hour and 59 minutes'");
        foreach (Match part in matches)
        {
            var amount = int.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture);
            total += part.Groups[2].Value.ToLowerInvariant() switch
            {
                "minute" => TimeSpan.FromMinutes(amount),
                "hour" => TimeSpan.FromHours(amount),
                "day" => TimeSpan.FromDays(amount),
                _ => throw new ArgumentException(words),
            };
        }
        return total;
    }

    public static string Describe(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.TotalDays == Math.Floor(span.TotalDays) => Plural((int)span.TotalDays, "day"),
        { TotalHours: >= 1 } when span.TotalHours == Math.Floor(span.TotalHours) => Plural((int)span.TotalHours, "hour"),
        _ => Plural((int)span.TotalMinutes, "minute"),
    };

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";

    private static string Code(string words) => WordSplit().Replace(words.Trim().ToLowerInvariant(), "-");

    [GeneratedRegex(@"[\s]+")]
    private static partial Regex WordSplit();

    [GeneratedRegex(@"(\d+)\s*(minute|hour|day)s?", RegexOptions.IgnoreCase)]
    private static partial Regex DurationPart();
}
