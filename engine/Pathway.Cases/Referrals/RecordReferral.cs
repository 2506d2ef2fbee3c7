using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Localities;
using Pathway.Cases.People;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Referrals;

/// <summary>
/// Records a referral and its person and starts the case, all in one transaction, with the
/// idempotency key when the client sent one. <see cref="ExternalId"/> is the sender's own id
/// (a FHIR ServiceRequest identifier) by which a later revocation finds the case. <see cref="CaseId"/>
/// lets a seeded simulation name its cases, so a seed gives the same journal; other callers leave it.
/// </summary>
public sealed record RecordReferral(Referral Referral, string Channel, Actor Actor, string? ExternalId = null, IdempotencyClaim? Idempotency = null, Guid? CaseId = null)
    : ICommand<ReferralRecorded>;

/// <summary>A client's idempotency key, with the hash of the body it came with.</summary>
public sealed record IdempotencyClaim(string Scope, string Key, string RequestHash);

/// <summary>The case the referral started; <see cref="AlreadyRecorded"/> when the sender had sent this referral before.</summary>
public sealed record ReferralRecorded(Guid CaseId, int News2Score, bool News2SingleParameterScore3, bool AlreadyRecorded = false);

public sealed class RecordReferralHandler(PathwayDbContext db, IMediator mediator, TimeProvider clock) : ICommandHandler<RecordReferral, ReferralRecorded>
{
    public const string PathwayKey = "admission-avoidance";
    public const string Recorded = "referral.recorded";

    public async ValueTask<ReferralRecorded> Handle(RecordReferral command, CancellationToken cancellationToken)
    {
        var referral = command.Referral;
        var now = clock.GetUtcNow();
        var localities = await db.AllLocalitiesAsync(cancellationToken);
        ReferralValidator.Validate(referral, now, [.. localities.Select(l => l.Code)]);
        var locality = localities.Single(l => l.Code == referral.Person!.Locality);
        // Refused before anything is written: whoever records a referral must serve its locality, or they could not open the case it makes.
        if (!locality.IsServedBy(command.Actor))
            throw new CommandRejectedException(Rejection.Forbidden, LocalityErrorCodes.NotServed,
                $"you do not serve {locality.Name} ('{locality.Code}'): a referral for it is recorded by its teams ({string.Join(", ", locality.Teams)}); an administrator can add your team to the locality");
        var news2 = News2.Calculate(referral.Observations!);
        // A sender delivering the same referral again (a retried message) gets the case it already made.
        if (command.ExternalId is { } externalId
            && await db.Referrals.AsNoTracking().Where(r => r.ExternalId == externalId && r.Channel == command.Channel).Select(r => (Guid?)r.CaseId).FirstOrDefaultAsync(cancellationToken) is { } existing)
            return new ReferralRecorded(existing, news2.Aggregate, news2.SingleParameterScore3, AlreadyRecorded: true);
        var person = await UpsertPersonAsync(referral.Person!, cancellationToken);
        var variables = RuleInputs.From(referral, news2, now, locality.IntakeTeam);

        void Stage(PathwayDbContext context, Runtime.Cases.CaseOutcome outcome)
        {
            context.Referrals.Add(new ReferralRecord
            {
                CaseId = outcome.CaseId,
                Person = person,
                Source = referral.ReferralSource!,
                PresentingNeed = referral.PresentingNeed!,
                Locality = locality.Code,
                Channel = command.Channel,
                ExternalId = command.ExternalId,
                ReceivedAt = now,
                ReceivedBy = command.Actor.Id,
                News2Score = news2.Aggregate,
                DetailsJson = JsonSerializer.Serialize(referral, CaseStateJson.Options),
            });
            if (command.Idempotency is { } key)
                context.IdempotencyKeys.Add(new IdempotencyRecord { Scope = key.Scope, Key = key.Key, RequestHash = key.RequestHash, CaseId = outcome.CaseId, CreatedAt = now });
            var record = context.Cases.Local.Single(c => c.Id == outcome.CaseId);
            Runtime.Cases.CaseJournal.Append(context, record, Recorded, command.Actor.Id, now, new Dictionary<string, object?>
            {
                ["channel"] = command.Channel, ["source"] = referral.ReferralSource, ["presentingNeed"] = referral.PresentingNeed, ["news2Score"] = news2.Aggregate,
            });
        }

        try
        {
            var outcome = await mediator.Send(new StartCase(PathwayKey, locality.Code, variables, command.Actor, command.CaseId, Stage), cancellationToken);
            return new ReferralRecorded(outcome.CaseId, news2.Aggregate, news2.SingleParameterScore3);
        }
        catch (DbUpdateException) when (command.Idempotency is not null)
        {
            // Two requests with one key raced; the other one started the case.
            throw new CommandRejectedException(Rejection.Conflict, "PW4093", "a request with this Idempotency-Key is still being processed; retry it");
        }
    }

    private async Task<PersonRecord> UpsertPersonAsync(PersonDetails details, CancellationToken cancellationToken)
    {
        var nhsNumber = NhsNumber.Normalise(details.NhsNumber)!;
        var person = await db.People.SingleOrDefaultAsync(p => p.NhsNumber == nhsNumber, cancellationToken);
        if (person is null)
        {
            person = new PersonRecord { NhsNumber = nhsNumber, Name = details.Name!.Trim() };
            db.People.Add(person);
        }
        // The latest referral carries the latest details.
        person.Name = details.Name!.Trim();
        person.DateOfBirth = details.DateOfBirth!.Value;
        person.Postcode = details.Postcode;
        person.GpPractice = details.GpPractice;
        return person;
    }
}
