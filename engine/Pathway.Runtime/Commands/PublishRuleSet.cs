using Mediator;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>Publishes a rule-set draft; decisions already made keep the version they were made with.</summary>
public sealed record PublishRuleSet(string Name, string Locality, Actor Actor) : ICommand<RuleSetRecord>;

public sealed class PublishRuleSetHandler(RuleSetCatalog catalog) : ICommandHandler<PublishRuleSet, RuleSetRecord>
{
    public async ValueTask<RuleSetRecord> Handle(PublishRuleSet command, CancellationToken cancellationToken) =>
        await catalog.PublishAsync(command.Name, command.Locality, command.Actor.Id, cancellationToken);
}
