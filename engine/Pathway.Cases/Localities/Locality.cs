using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Localities;

/// <summary>A locality as staff, referrals and the admin page see it (see <see cref="LocalityRecord"/>).</summary>
public sealed record Locality(string Code, string Name, IReadOnlyList<string> Teams, IReadOnlyList<string> HuddleDays, int Version)
{
    public static Locality From(LocalityRecord record) => new(record.Code, record.Name, record.Teams, record.HuddleDays, record.Version);

    /// <summary>A person serves a locality when they belong to one of its teams: the team that then works, and may open, its cases.</summary>
    public bool IsServedBy(Actor actor) => Teams.Any(actor.Teams.Contains);

    /// <summary>The team a new case from this locality goes to.</summary>
    public string IntakeTeam => Teams[0];
}

/// <summary>The localities in the database, the one place every locality check reads.</summary>
public static class LocalityQueries
{
    public static async Task<IReadOnlyList<Locality>> AllLocalitiesAsync(this PathwayDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Localities.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(l => l.Name, StringComparer.Ordinal).Select(Locality.From)];

    /// <summary>The localities <paramref name="actor"/> serves, for the forms that offer only those.</summary>
    public static async Task<IReadOnlyList<Locality>> LocalitiesServedByAsync(this PathwayDbContext db, Actor actor, CancellationToken cancellationToken) =>
        [.. (await db.AllLocalitiesAsync(cancellationToken)).Where(l => l.IsServedBy(actor))];
}
