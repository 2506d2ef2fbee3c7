using Pathway.Rules.Facts;

namespace Pathway.Rules.Evaluation;

/// <summary>
/// A validated rule of a Pathway rule set: what it says, whether it is a red flag (evaluated
/// before any locality rule), the outputs it decides and the facts its expression reads.
/// </summary>
public sealed record LoadedRule(
    string Name,
    string Expression,
    string Description,
    bool RedFlag,
    IReadOnlyDictionary<string, object?> Outputs,
    IReadOnlyList<FactMember> Reads);
