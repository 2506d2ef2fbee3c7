using Mediator;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>Stores a draft of any kind with its problems; only content that does not parse is refused.</summary>
public sealed record SaveDraft(DefinitionKind Kind, string Key, string Locality, string Content, Actor Actor) : ICommand<SavedDraft>;

/// <summary>
/// Publishes a locality's draft through the checks and the policy gate; running cases stay on the version they started on.
/// The impact report the publisher was shown is recorded with the version when it was run on this very draft.
/// </summary>
public sealed record PublishDefinition(DefinitionKind Kind, string Key, string Locality, Actor Actor, string? OverrideReason = null, int? ExpectedVersion = null,
    long? ImpactReportId = null)
    : ICommand<DefinitionRecord>;

/// <summary>Publishes an earlier version's content again as a new version.</summary>
public sealed record RollBackDefinition(DefinitionKind Kind, string Key, string Locality, int ToVersion, Actor Actor, string? OverrideReason = null)
    : ICommand<DefinitionRecord>;

public sealed class DefinitionCommandHandlers(DefinitionStore store) :
    ICommandHandler<SaveDraft, SavedDraft>,
    ICommandHandler<PublishDefinition, DefinitionRecord>,
    ICommandHandler<RollBackDefinition, DefinitionRecord>
{
    public async ValueTask<SavedDraft> Handle(SaveDraft command, CancellationToken cancellationToken) =>
        await store.SaveDraftAsync(command.Kind, command.Key, command.Locality, command.Content, command.Actor.Id, cancellationToken);

    public async ValueTask<DefinitionRecord> Handle(PublishDefinition command, CancellationToken cancellationToken) =>
        await store.PublishAsync(command.Kind, command.Key, command.Locality,
            new PublishRequest(command.Actor.Id, command.OverrideReason, command.ExpectedVersion, command.ImpactReportId), cancellationToken);

    public async ValueTask<DefinitionRecord> Handle(RollBackDefinition command, CancellationToken cancellationToken) =>
        await store.RollBackAsync(command.Kind, command.Key, command.Locality, command.ToVersion,
            new PublishRequest(command.Actor.Id, command.OverrideReason), cancellationToken);
}
