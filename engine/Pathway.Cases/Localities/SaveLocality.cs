using Mediator;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.People;
using Pathway.Cases.Validation;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Localities;

/// <summary>A locality as an administrator writes it; <see cref="Version"/> is the one they edited (changes only).</summary>
public sealed record LocalityInput(string? Code, string? Name, IReadOnlyList<string?>? Teams, IReadOnlyList<string?>? HuddleDays, int? Version = null);

/// <summary>Adds a locality; it runs the national pathway and rule sets until it has its own.</summary>
public sealed record AddLocality(LocalityInput Locality, Actor Actor) : ICommand<Locality>;

/// <summary>Changes a locality's name, teams and huddle days; its code is fixed, because cases and definitions name it.</summary>
public sealed record ChangeLocality(string Code, LocalityInput Locality, Actor Actor) : ICommand<Locality>;

public sealed class SaveLocalityHandler(PathwayDbContext db, TimeProvider clock) : ICommandHandler<AddLocality, Locality>, ICommandHandler<ChangeLocality, Locality>
{
    public async ValueTask<Locality> Handle(AddLocality command, CancellationToken cancellationToken)
    {
        var input = Checked(command.Locality, command.Actor);
        if (await db.Localities.AnyAsync(l => l.Code == input.Code, cancellationToken))
            throw Duplicate(input.Code!);
        // Its policy is checked in the background; the wish is stored with it, so no restart loses it.
        var record = new LocalityRecord { Code = input.Code!, Name = "", UpdatedBy = "", Version = 0, PolicyCheckQueuedAt = clock.GetUtcNow() };
        db.Localities.Add(Apply(record, input, command.Actor));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two administrators added the same code at once; the other one's stands.
            throw Duplicate(input.Code!);
        }
        return Locality.From(record);
    }

    public async ValueTask<Locality> Handle(ChangeLocality command, CancellationToken cancellationToken)
    {
        var input = Checked(command.Locality with { Code = command.Locality.Code ?? command.Code }, command.Actor, command.Code);
        var record = await db.Localities.SingleOrDefaultAsync(l => l.Code == command.Code, cancellationToken)
            ?? throw new CommandRejectedException(Rejection.NotFound, LocalityErrorCodes.NotFound, $"no locality has the code '{command.Code}'");
        var expected = input.Version ?? record.Version;
        if (expected != record.Version)
            throw Stale(record.Version);
        db.Entry(record).Property(r => r.Version).OriginalValue = expected;
        Apply(record, input, command.Actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale(expected + 1);
        }
        return Locality.From(record);
    }

    private static LocalityInput Checked(LocalityInput input, Actor actor, string? fixedCode = null)
    {
        if (!actor.HasRole(Disciplines.Administrator))
            throw new CommandRejectedException(Rejection.Forbidden, LocalityErrorCodes.AdministratorsOnly, "only an administrator adds or changes localities");
        var errors = new FormErrors();
        foreach (var (field, message) in LocalityRules.Problems(input.Code, input.Name, input.Teams, input.HuddleDays))
            errors.Add(field, message);
        if (fixedCode is not null && input.Code != fixedCode)
            errors.Add("code", $"cannot change from '{fixedCode}': cases and locality definitions name it; add a new locality instead");
        errors.ThrowIfAny();
        return input;
    }

    private LocalityRecord Apply(LocalityRecord record, LocalityInput input, Actor actor)
    {
        record.Name = input.Name!.Trim();
        record.Teams = [.. input.Teams!.Select(t => t!)];
        // Kept in week order, however they were sent.
        record.HuddleDays = [.. LocalityRules.Days.Where(d => input.HuddleDays?.Contains(d) == true)];
        record.Version++;
        record.UpdatedAt = clock.GetUtcNow();
        record.UpdatedBy = actor.Id;
        return record;
    }

    private static CommandRejectedException Duplicate(string code) =>
        new(Rejection.Conflict, LocalityErrorCodes.DuplicateCode, $"a locality with the code '{code}' already exists; change it instead, or choose another code");

    private static CommandRejectedException Stale(int current) =>
        new(Rejection.Conflict, LocalityErrorCodes.StaleVersion, $"the locality was changed by someone else (now version {current}); reload it and make your change again");
}
