using Mediator;
using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Referrals;

/// <summary>A referrer withdrew a referral (BaRS update, ServiceRequest revoked): the case is cancelled, its journal kept.</summary>
public sealed record RevokeReferral(string ExternalId, string Reason, Actor Actor) : ICommand<Guid>;

public sealed class RevokeReferralHandler(PathwayDbContext db, CaseRunner runner, TimeProvider clock) : ICommandHandler<RevokeReferral, Guid>
{
    public async ValueTask<Guid> Handle(RevokeReferral command, CancellationToken cancellationToken)
    {
        var caseId = await db.Referrals.AsNoTracking().Where(r => r.ExternalId == command.ExternalId).OrderByDescending(r => r.Id).Select(r => (Guid?)r.CaseId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new CommandRejectedException(Rejection.NotFound, ApiErrors.ReferralNotFound, $"no referral has the identifier '{command.ExternalId}'; send the identifier of the original ServiceRequest");
        ReferralRecord? referral = null;
        var staged = false;
        await runner.ApplyAsync(caseId, _ => new CaseCancelled(command.Reason), command.Actor.Id, cancellationToken,
            (_, _) =>
            {
                staged = true;
                referral!.RevokedAt = clock.GetUtcNow();
            },
            async (context, record, ct) =>
            {
                // Read in the attempt, so a revocation racing a step (or another revocation) decides on what won.
                staged = false;
                var current = await context.Referrals.Where(r => r.ExternalId == command.ExternalId && r.CaseId == caseId).OrderByDescending(r => r.Id).FirstAsync(ct);
                referral = current;
                if (current.RevokedAt is { } revoked)
                    throw new CommandRejectedException(Rejection.Conflict, ApiErrors.ReferralAlreadyRevoked, $"the referral '{command.ExternalId}' was already revoked at {Moments.Show(revoked)}");
                if (record.Status != CaseStatus.Running)
                    throw new CommandRejectedException(Rejection.Conflict, ApiErrors.CaseEnded,
                        $"the case for referral '{command.ExternalId}' has already ended ({record.Status.ToString().ToLowerInvariant()} at {(record.EndedAt is { } at ? Moments.Show(at) : "an unknown time")}); there is nothing left to revoke");
            });
        if (!staged)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.CaseEnded, $"the case for referral '{command.ExternalId}' is no longer running; there is nothing left to revoke");
        return caseId;
    }
}
