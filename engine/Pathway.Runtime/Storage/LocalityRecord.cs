using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>
/// A locality an integrated care system serves: its code (what referrals, cases and locality
/// definitions name), its name, the community teams that work its cases, and the days its
/// huddle meets. Data, not code, so a new locality needs no release; seeded from
/// rules/localities/localities.json, then managed by an administrator.
/// </summary>
public sealed class LocalityRecord
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<string> Teams { get; set; } = [];
    public List<string> HuddleDays { get; set; } = [];

    /// <summary>Bumped by every change, so two administrators editing at once get 409, not a lost update.</summary>
    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }

    /// <summary>
    /// Set when the locality is added, cleared when its policy run is recorded: meanwhile the Policy
    /// page shows it being checked, and a host that stopped first leaves it for the next start-up.
    /// </summary>
    public DateTimeOffset? PolicyCheckQueuedAt { get; set; }
}

internal sealed class LocalityConfiguration : IEntityTypeConfiguration<LocalityRecord>
{
    public void Configure(EntityTypeBuilder<LocalityRecord> builder)
    {
        builder.ToTable("localities");
        builder.HasKey(l => l.Code);
        builder.Property(l => l.Version).IsConcurrencyToken();
    }
}

/// <summary>What makes a locality well formed, checked alike when the file seeds it and when an administrator saves it.</summary>
public static partial class LocalityRules
{
    public const int NameMaxLength = 100;

    /// <summary>Huddle days in week order, as <see cref="DayOfWeek"/> names them.</summary>
    public static IReadOnlyList<string> Days { get; } = [.. Enum.GetNames<DayOfWeek>().Skip(1), nameof(DayOfWeek.Sunday)];

    /// <summary>Each problem as (field, message saying how to fix it); none when the locality is well formed.</summary>
    public static IReadOnlyList<(string Field, string Message)> Problems(string? code, string? name, IReadOnlyList<string?>? teams, IReadOnlyList<string?>? huddleDays)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(code))
            problems.Add(("code", "is required: a short lower-case code such as 'east-vale'"));
        else if (!Slug().IsMatch(code))
            problems.Add(("code", $"'{code}' is not a code: lower-case letters, digits and hyphens, 2 to 40 characters, starting with a letter"));
        else if (code == Definitions.Localities.National)
            problems.Add(("code", "'national' names the definitions every locality falls back to; choose another code"));
        if (string.IsNullOrWhiteSpace(name))
            problems.Add(("name", "is required: the locality's name as staff know it, e.g. 'East Vale'"));
        else if (name.Length > NameMaxLength)
            problems.Add(("name", $"is {name.Length} characters: at most {NameMaxLength}"));
        if (teams is not { Count: > 0 })
            problems.Add(("teams", "is required: at least one community team that works this locality's cases, e.g. 'east-vale'"));
        for (var i = 0; i < (teams?.Count ?? 0); i++)
        {
            if (teams![i] is not { } team || !Slug().IsMatch(team))
                problems.Add(($"teams[{i}]", $"'{teams[i]}' is not a team code: lower-case letters, digits and hyphens, starting with a letter"));
        }
        if (teams?.Where(t => t is not null).GroupBy(t => t).FirstOrDefault(g => g.Count() > 1) is { } twice)
            problems.Add(("teams", $"'{twice.Key}' is listed twice"));
        for (var i = 0; i < (huddleDays?.Count ?? 0); i++)
        {
            if (!Days.Contains(huddleDays![i]))
                problems.Add(($"huddleDays[{i}]", $"'{huddleDays[i]}' is not a day: use Monday to Sunday"));
        }
        if (huddleDays?.Where(d => d is not null).GroupBy(d => d).FirstOrDefault(g => g.Count() > 1) is { } again)
            problems.Add(("huddleDays", $"'{again.Key}' is listed twice"));
        return problems;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial System.Text.RegularExpressions.Regex Slug();
}
