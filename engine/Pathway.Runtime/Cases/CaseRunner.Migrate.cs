using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Migration;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.InstanceMigration;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Cases;

/// <summary>Moving a running case to another version of its pathway, with the same unit of work and version check as every other command.</summary>
public sealed partial class CaseRunner
{
    /// <summary>
    /// Moves a case to another version of its pathway where it stands (<see cref="CaseMigration"/>),
    /// journalling from and to which version. A case already on the target is left as it is, so a
    /// migration can be repeated safely; one the target cannot hold is refused with the reasons.
    /// </summary>
    public Task<CaseMigrationOutcome> MigrateAsync(Guid caseId, DefinitionRecord target, string actor, CancellationToken cancellationToken) =>
        AboutCaseAsync(caseId, () => MigrateUntilSavedAsync(caseId, target, actor, cancellationToken));

    private async Task<CaseMigrationOutcome> MigrateUntilSavedAsync(Guid caseId, DefinitionRecord target, string actor, CancellationToken cancellationToken)
    {
        var to = await models.GetAsync(target.Id, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var record = await RowsById.Case.RunAsync(db, caseId, cancellationToken)
                ?? throw new CaseNotFoundException(caseId);
            if (record.PathwayDefinitionId == target.Id)
                return new CaseMigrationOutcome(caseId, target.Version, target.Version, Moved: false);
            var current = await db.Definitions.AsNoTracking().SingleAsync(d => d.Id == record.PathwayDefinitionId, cancellationToken);
            CaseMigrationTarget.Check(record, current, target);
            var before = CaseStateJson.Deserialize(record.StateJson);
            var now = clock.GetUtcNow();
            var plan = CaseMigration.Plan(await models.GetAsync(current.Id, cancellationToken), to, before, now);
            if (plan.Migrated is not { } migrated)
                throw new CommandRejectedException(Rejection.Conflict, ApiErrors.CaseCannotMigrate,
                    $"case {caseId} cannot move from version {current.Version} to {target.Version}: {string.Join("; ", plan.Blockers.Select(b => b.Reason))}");
            var line = new JournalEntry(JournalKinds.CaseMigrated, now, null, new Dictionary<string, object?>
            {
                ["fromVersion"] = current.Version, ["fromLocality"] = current.Locality,
                ["toVersion"] = target.Version, ["toLocality"] = target.Locality,
            });
            var activation = migrated with { Effects = [new Journaled(line), .. migrated.Effects] };
            await new CaseChangeWriter(db, to, record, before, actor, now).WriteAsync(activation, cancellationToken);
            record.PathwayDefinitionId = target.Id;
            var step = new Step(actor, now);
            step.Saw(caseId, activation);
            try
            {
                await commits.SaveAsync(db, cancellationToken);
                Committed(step);
                return new CaseMigrationOutcome(caseId, current.Version, target.Version, Moved: true);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another command changed the case first: plan again on its result.
            }
            catch (DbUpdateConcurrencyException)
            {
                throw Busy(caseId);
            }
        }
    }
}
