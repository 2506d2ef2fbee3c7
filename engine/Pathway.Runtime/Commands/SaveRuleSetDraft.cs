using Mediator;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>Stores a rule-set draft after validation; a refused draft changes nothing.</summary>
public sealed record SaveRuleSetDraft(string Name, string Locality, string Json, Actor Actor) : ICommand<RuleSetRecord>;

public sealed class SaveRuleSetDraftHandler(RuleSetCatalog catalog) : ICommandHandler<SaveRuleSetDraft, RuleSetRecord>
{
    public async ValueTask<RuleSetRecord> Handle(SaveRuleSetDraft command, CancellationToken cancellationToken) =>
        await catalog.SaveDraftAsync(command.Name, command.Locality, command.Json, command.Actor.Id, cancellationToken);
}
