using RulesEngine.Models;

namespace Pathway.Rules.Evaluation;

/// <summary>The one RulesEngine configuration, shared by validation and evaluation so both compile alike.</summary>
internal static class EngineSettings
{
    // Formatted error messages cost a regex pass per failed rule per call and Pathway never shows them.
    public static ReSettings Create() => new() { EnableFormattedErrorMessage = false };
}
