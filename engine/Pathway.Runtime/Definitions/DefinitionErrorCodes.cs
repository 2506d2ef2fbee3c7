using Pathway.Engine.Errors;

namespace Pathway.Runtime.Definitions;

/// <summary>The definition store's and the policy gate's codes (PW5000-5099), in one place.</summary>
public static class DefinitionErrorCodes
{
    [Error("The feature file does not parse", Status = 400)] public const string SpecSyntax = "PW5001";
    [Error("No step definition matches this step", Status = 400)] public const string UnknownStep = "PW5002";
    [Error("The feature file has no Feature", Status = 400)] public const string SpecHasNoFeature = "PW5003";
    [Error("The definition has problems and cannot be published", Status = 422)] public const string NotPublishable = "PW5010";
    [Error("Someone else published this definition first", Status = 409)] public const string PublishConflict = "PW5011";
    [Error("There is no such kind of definition", Status = 404)] public const string UnknownKind = "PW5012";
    [Error("Publishing would break policy", Status = 422)] public const string PolicyFails = "PW5020";
    [Error("An override needs a written reason", Status = 400)] public const string OverrideNeedsReason = "PW5021";
}
