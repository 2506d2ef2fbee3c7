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
/// A known NHS number with different details is refused unless <see cref="KnownPerson"/> says
/// someone saw both versions and confirmed, or the sender is a system nobody can ask.
/// </summary>
public sealed record RecordReferral(Referral Referral, string Channel, Actor Actor, string? ExternalId = null, IdempotencyClaim? Idempotency = null, Guid? CaseId = null,
    KnownPersonDifferences KnownPerson = KnownPersonDifferences.Refuse)
    : ICommand<ReferralRecorded>;

/// <summary>What to do when a known NHS number comes with details that differ from its latest referral.</summary>
public enum KnownPersonDifferences
{
    /// <summary>Save nothing; show both versions and the open cases, and ask.</summary>
    Refuse,
    /// <summary>A person saw both versions and confirmed it is the same person.</summary>
    Confirmed,
    /// <summary>A system sent it and cannot be asked: record it as stated and put the difference on the case's timeline.</summary>
    RecordForReview,
}

/// <summary>A client's idempotency key, with the hash of the body it came with.</summary>
public sealed record IdempotencyClaim(string Scope, string Key, string RequestHash);

/// <summary>The case the referral started; <see cref="AlreadyRecorded"/> when the sender had sent this referral before.</summary>
public sealed record ReferralRecorded(Guid CaseId, int News2Score, bool News2SingleParameterScore3, bool AlreadyRecorded = false);

public sealed class RecordReferralHandler(PathwayDbContext db, IMediator mediator, TimeProvider clock) : ICommandHandler<RecordReferral, ReferralRecorded>
{
    public const string PathwayKey = "admission-avoidance";
    public const string Recorded = Pathway.Engine.Runtime.JournalKinds.ReferralRecorded;
    public const string PersonDetailsDiffer = Pathway.Engine.Runtime.JournalKinds.PersonDetailsDiffer;

    /// <summary>Two requests with one Idempotency-Key raced and the other one stored it first.</summary>
    public const string KeyRaced = ApiErrors.IdempotentRequestInProgress;

    public ValueTask<ReferralRecorded> Handle(RecordReferral command, CancellationToken cancellationToken) =>
        RecordAsync(command, firstAttempt: true, cancellationToken);

    private async ValueTask<ReferralRecorded> RecordAsync(RecordReferral command, bool firstAttempt, CancellationToken cancellationToken)
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
        var known = await People.KnownPerson.CompareAsync(db, referral.Person!, cancellationToken);
        var nhsNumber = NhsNumber.Normalise(referral.Person!.NhsNumber)!;
        if (known is { Differences.Count: > 0 } && command.KnownPerson == KnownPersonDifferences.Refuse)
            throw new KnownPersonDiffersException(nhsNumber, known);
        var person = await db.People.SingleOrDefaultAsync(p => p.NhsNumber == nhsNumber, cancellationToken)
            ?? db.People.Add(new PersonRecord { NhsNumber = nhsNumber }).Entity;
        var details = referral.Person!;
        var variables = RuleInputs.From(referral, news2, now, locality.IntakeTeam);

        void Stage(PathwayDbContext context, Runtime.Cases.CaseOutcome outcome)
        {
            context.Referrals.Add(new ReferralRecord
            {
                CaseId = outcome.CaseId,
                Person = person,
                PersonName = details.Name!.Trim(),
                DateOfBirth = details.DateOfBirth!.Value,
                Postcode = details.Postcode?.Trim(),
                GpPractice = details.GpPractice?.Trim(),
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
            // Who confirmed that the same NHS number with other details is the same person, and what differed.
            if (known is { Differences.Count: > 0 })
                Runtime.Cases.CaseJournal.Append(context, record, PersonDetailsDiffer, command.Actor.Id, now, new Dictionary<string, object?>
                {
                    ["differences"] = string.Join("; ", known.Differences.Select(d => $"{d.Detail} was {d.Earlier ?? "not given"}, now {d.Now}")),
                    ["confirmed"] = command.KnownPerson == KnownPersonDifferences.Confirmed,
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
            throw new CommandRejectedException(Rejection.Conflict, KeyRaced, "a request with this Idempotency-Key is still being processed; retry it");
        }
        catch (DbUpdateException ex) when (firstAttempt && StoreErrors.IsUniqueViolation(ex))
        {
            // A referral racing this one recorded the same person first: once more, on the person as now stored.
            db.ChangeTracker.Clear();
            return await RecordAsync(command, firstAttempt: false, cancellationToken);
        }
    }
}
