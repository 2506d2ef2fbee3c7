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
        var referral = await db.Referrals.AsNoTracking().Where(r => r.ExternalId == command.ExternalId).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new CommandRejectedException(Rejection.NotFound, ApiErrors.ReferralNotFound, $"no referral has the identifier '{command.ExternalId}'; send the identifier of the original ServiceRequest");
        if (referral.RevokedAt is not null)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.ReferralAlreadyRevoked, $"the referral '{command.ExternalId}' was already revoked");
        var now = clock.GetUtcNow();
        await runner.ApplyAsync(referral.CaseId, _ => new CaseCancelled(command.Reason), command.Actor.Id, cancellationToken,
            (context, _) => context.Referrals.Attach(referral).Entity.RevokedAt = now);
        return referral.CaseId;
    }
}
