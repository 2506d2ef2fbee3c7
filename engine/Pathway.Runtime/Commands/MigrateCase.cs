using Mediator;
using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.InstanceMigration;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>Moves one running case to another published version of its pathway where it stands; a case already there is left as it is.</summary>
public sealed record MigrateCase(Guid CaseId, long ToDefinitionId, Actor Actor) : ICommand<CaseMigrationOutcome>;

/// <summary>
/// Moves the running cases of a pathway (in a locality, or the given ones) to a published
/// version, default the one published now: one case per transaction, each journalled. Cases
/// that cannot move are listed with the reason and left as they are; repeating it moves nothing twice.
/// </summary>
public sealed record MigrateOpenCases(string Key, string? Locality, int? ToVersion, IReadOnlyList<Guid>? CaseIds, Actor Actor) : ICommand<MigrationRun>;

public sealed record MigrationRun(MigrationTargetView Target, IReadOnlyList<CaseMigrationOutcome> Moved, int AlreadyThere, IReadOnlyList<MigrationRefusal> Refused);

public sealed record MigrationRefusal(Guid CaseId, string Code, string Reason);

public sealed class MigrationHandlers(CaseRunner runner, PathwayDbContext db) :
    ICommandHandler<MigrateCase, CaseMigrationOutcome>,
    ICommandHandler<MigrateOpenCases, MigrationRun>
{
    public async ValueTask<CaseMigrationOutcome> Handle(MigrateCase command, CancellationToken cancellationToken)
    {
        var target = await db.Definitions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == command.ToDefinitionId && d.Kind == DefinitionKind.Pathway, cancellationToken)
            ?? throw new DefinitionNotFoundException($"there is no pathway version {command.ToDefinitionId}");
        return await runner.MigrateAsync(command.CaseId, target, command.Actor.Id, cancellationToken);
    }

    public async ValueTask<MigrationRun> Handle(MigrateOpenCases command, CancellationToken cancellationToken)
    {
        var target = await CaseMigrationTarget.FindAsync(db, command.Key, command.Locality, command.ToVersion, draftByDefault: false, cancellationToken);
        if (target.Status == DefinitionStatus.Draft)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.MigrationTargetIsDraft,
                $"version {target.Version} of '{target.Key}' is a draft; publish it, then move the cases to the published version");
        var ids = command.CaseIds ?? await RunningAsync(command.Key, command.Locality, cancellationToken);
        var moved = new List<CaseMigrationOutcome>();
        var refused = new List<MigrationRefusal>();
        var alreadyThere = 0;
        foreach (var id in ids.Distinct())
        {
            try
            {
                var outcome = await runner.MigrateAsync(id, target, command.Actor.Id, cancellationToken);
                if (outcome.Moved)
                    moved.Add(outcome);
                else
                    alreadyThere++;
            }
            catch (CommandRejectedException e)
            {
                refused.Add(new MigrationRefusal(id, e.Code, e.Detail));
            }
            catch (CaseNotFoundException e)
            {
                refused.Add(new MigrationRefusal(id, ApiErrors.CaseNotFound, e.Message));
            }
        }
        return new MigrationRun(new MigrationTargetView(target.Version, target.Locality, target.Status), moved, alreadyThere, refused);
    }

    private async Task<IReadOnlyList<Guid>> RunningAsync(string key, string? locality, CancellationToken cancellationToken)
    {
        var where = Localities.OrNational(locality);
        var pathway = db.Definitions.Where(d => d.Kind == DefinitionKind.Pathway && d.Key == key).Select(d => d.Id);
        return await db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Running && pathway.Contains(c.PathwayDefinitionId) && (where == Localities.National || c.Locality == where))
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
    }
}
