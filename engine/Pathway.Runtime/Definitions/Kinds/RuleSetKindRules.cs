using Pathway.Rules.Loading;
using Pathway.Rules.Validation;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Definitions.Kinds;

/// <summary>Rule sets: RulesEngine JSON checked by the rule loader; shipped in rules/national and rules/localities/&lt;code&gt;.</summary>
public sealed class RuleSetKindRules(DatabaseRuleSetSource source) : IDefinitionKindRules
{
    public DefinitionKind Kind => DefinitionKind.RuleSet;

    public IReadOnlyList<DefinitionProblem> Check(string key, string content)
    {
        var errors = RuleSetLoader.Validate(content, key);
        if (errors.FirstOrDefault(e => e.Code == RuleErrorCodes.JsonSyntax) is { } syntax)
            throw new DefinitionNotWellFormedException(Kind, key, ProblemText.Split(syntax.Code, null, null, syntax.Message));
        return errors.Select(e => ProblemText.Split(e.Code, e.Rule, null, e.Message)).ToList();
    }

    public IEnumerable<ShippedDefinition> Shipped(PathwayRuntimeOptions options) =>
        options.RulesPath is { } folder && Directory.Exists(folder)
            ? new FileRuleSetSource(folder).All().Select(v => new ShippedDefinition(v.Name, v.Locality ?? Localities.National, v.Json, v.Name))
            : [];

    public Task PublishedAsync(DefinitionRecord published, PathwayDbContext db, CancellationToken cancellationToken) =>
        source.ReloadAsync(db, cancellationToken);
}
