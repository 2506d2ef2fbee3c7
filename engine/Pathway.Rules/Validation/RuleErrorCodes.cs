using Pathway.Engine.Errors;

namespace Pathway.Rules.Validation;

/// <summary>Stable error codes (PW3xxx) that logs, the API and the designer all show.</summary>
public static class RuleErrorCodes
{
    // Loading and validation (a rule set refused at save or publish is a 400)
    [Error("The rule set is not valid JSON", Status = 400)] public const string JsonSyntax = "PW3001";
    [Error("The file is not a RulesEngine workflow", Status = 400)] public const string NotAWorkflow = "PW3002";
    [Error("The workflow name does not match the rule set", Status = 400)] public const string WorkflowNameMismatch = "PW3003";
    [Error("The rule set has no rules", Status = 400)] public const string NoRules = "PW3004";
    [Error("A rule name is missing or repeated", Status = 400)] public const string RuleName = "PW3005";
    [Error("A rule is not shaped as Pathway expects", Status = 400)] public const string RuleShape = "PW3006";
    [Error("A property is not part of a rule set", Status = 400)] public const string UnknownProperty = "PW3007";
    [Error("A rule expression does not compile", Status = 400)] public const string ExpressionDoesNotCompile = "PW3008";
    [Error("A rule reads a fact that no case has", Status = 400)] public const string UnknownFact = "PW3009";
    [Error("A rule has no description", Status = 400)] public const string MissingDescription = "PW3010";
    [Error("A rule's outputs are missing or differ from the others'", Status = 400)] public const string Outputs = "PW3011";
    [Error("The rule set uses a RulesEngine feature Pathway does not", Status = 400)] public const string UnsupportedFeature = "PW3012";

    // Evaluation
    [Error("There is no such rule set", Status = 404)] public const string RuleSetNotFound = "PW3101";
    [Error("No rule fired for this case", Status = 422)] public const string NoRuleFired = "PW3102";
    [Error("A case variable has the wrong type for the rules", Status = 422)] public const string VariableWrongType = "PW3103";
    [Error("A rule failed while it ran", Status = 422)] public const string RuleFailedAtRunTime = "PW3104";
    [Error("The rule set is not valid", Status = 422)] public const string InvalidRuleSet = "PW3105";
}
