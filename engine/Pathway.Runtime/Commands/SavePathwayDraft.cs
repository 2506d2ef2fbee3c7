using Mediator;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>Stores a pathway draft after the reader accepts it; a refused draft changes nothing.</summary>
public sealed record SavePathwayDraft(string Key, string Locality, string Xml, Actor Actor) : ICommand<PathwayDefinitionRecord>;

public sealed class SavePathwayDraftHandler(PathwayCatalog catalog) : ICommandHandler<SavePathwayDraft, PathwayDefinitionRecord>
{
    public async ValueTask<PathwayDefinitionRecord> Handle(SavePathwayDraft command, CancellationToken cancellationToken) =>
        await catalog.SaveDraftAsync(command.Key, command.Locality, command.Xml, command.Actor.Id, cancellationToken);
}
