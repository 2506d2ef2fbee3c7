using Mediator;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>Publishes a locality's pathway draft; running cases stay on the version they started on.</summary>
public sealed record PublishPathway(string Key, string Locality, Actor Actor) : ICommand<PathwayDefinitionRecord>;

public sealed class PublishPathwayHandler(PathwayCatalog catalog) : ICommandHandler<PublishPathway, PathwayDefinitionRecord>
{
    public async ValueTask<PathwayDefinitionRecord> Handle(PublishPathway command, CancellationToken cancellationToken) =>
        await catalog.PublishAsync(command.Key, command.Locality, command.Actor.Id, cancellationToken);
}
