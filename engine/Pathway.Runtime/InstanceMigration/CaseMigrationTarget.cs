using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.InstanceMigration;

/// <summary>
/// Which version open cases move to, and whether a case may move there: a published (or
/// earlier) version of the same pathway, for the case's locality or national. A draft may be
/// tried in a dry run but never moved to, since a draft can still change under the cases.
/// </summary>
public static class CaseMigrationTarget
{
    /// <summary>
    /// The version asked for (the locality's, else national); by default, for a dry run the draft
    /// (else the published version, to check again after publishing), for a migration the published one.
    /// </summary>
    public static async Task<DefinitionRecord> FindAsync(PathwayDbContext db, string key, string? locality, int? version, bool draftByDefault, CancellationToken cancellationToken)
    {
        var where = Localities.OrNational(locality);
        var places = where == Localities.National ? "nationally" : $"for '{where}' or nationally";
        var versions = db.Definitions.AsNoTracking().Where(d => d.Kind == DefinitionKind.Pathway && d.Key == key && (d.Locality == Localities.National || d.Locality == where));
        var rows = await (version is { } number
            ? versions.Where(d => d.Version == number)
            : versions.Where(d => d.Status == DefinitionStatus.Published || (draftByDefault && d.Status == DefinitionStatus.Draft))).ToListAsync(cancellationToken);
        // A draft before the published version; the locality's own before the national one it varies.
        return rows.OrderBy(d => d.Status == DefinitionStatus.Draft ? 0 : 1).ThenBy(d => d.Locality == Localities.National ? 1 : 0).FirstOrDefault()
            ?? throw (version is null
                ? new CommandRejectedException(Rejection.NotFound, ApiErrors.NoMigrationTarget, $"pathway '{key}' has no {(draftByDefault ? "draft or " : "")}published version {places}")
                : new DefinitionNotFoundException($"pathway '{key}' has no version {version} {places}"));
    }

    /// <summary>Refuses a move the case cannot make whatever its state: to a draft, another pathway, or another locality's version.</summary>
    public static void Check(CaseRecord record, DefinitionRecord current, DefinitionRecord target)
    {
        if (target.Status == DefinitionStatus.Draft)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.MigrationTargetIsDraft,
                $"version {target.Version} of '{target.Key}' is a draft; publish it, then move the cases to the published version");
        if (current.Key != target.Key)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.CaseOnOtherPathway,
                $"case {record.Id} runs pathway '{current.Key}', not '{target.Key}'");
        if (WrongLocality(record.Locality, target) is { } why)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.MigrationTargetElsewhere, $"case {record.Id}: {why}");
    }

    /// <summary>Why a case of <paramref name="caseLocality"/> cannot run on the target, or null when it can.</summary>
    public static string? WrongLocality(string caseLocality, DefinitionRecord target) =>
        target.Locality == Localities.National || target.Locality == caseLocality
            ? null
            : $"the case is in '{caseLocality}' but version {target.Version} is '{target.Locality}''s";
}

/// <summary>What a migration did to one case: from and to which version, and whether it moved (false: it was there already).</summary>
public sealed record CaseMigrationOutcome(Guid CaseId, int FromVersion, int ToVersion, bool Moved);
