namespace Pathway.Rules.Validation;

/// <summary>Stable error codes (PW3xxx) that logs, the API and the designer all show.</summary>
public static class RuleErrorCodes
{
    // Loading and validation
    public const string JsonSyntax = "PW3001";
    public const string NotAWorkflow = "PW3002";
    public const string WorkflowNameMismatch = "PW3003";
    public const string NoRules = "PW3004";
    public const string RuleName = "PW3005";
    public const string RuleShape = "PW3006";
    public const string UnknownProperty = "PW3007";
    public const string ExpressionDoesNotCompile = "PW3008";
    public const string UnknownFact = "PW3009";
    public const string MissingDescription = "PW3010";
    public const string Outputs = "PW3011";
    public const string UnsupportedFeature = "PW3012";

    // Evaluation
    public const string RuleSetNotFound = "PW3101";
    public const string NoRuleFired = "PW3102";
    public const string VariableWrongType = "PW3103";
    public const string RuleFailedAtRunTime = "PW3104";
    public const string InvalidRuleSet = "PW3105";
}
