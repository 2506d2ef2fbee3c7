namespace Pathway.Runtime.Definitions;

/// <summary>The definition store's and the policy gate's codes (PW5000-5099), in one place.</summary>
public static class DefinitionErrorCodes
{
    /// <summary>A feature file that Gherkin cannot parse; the problem names the line.</summary>
    public const string SpecSyntax = "PW5001";

    /// <summary>A step no step definition matches.</summary>
    public const string UnknownStep = "PW5002";

    /// <summary>A feature file with no Feature in it.</summary>
    public const string SpecHasNoFeature = "PW5003";

    /// <summary>Publishing refused: the definition still has problems.</summary>
    public const string NotPublishable = "PW5010";

    /// <summary>Someone else published (or saved) this definition first.</summary>
    public const string PublishConflict = "PW5011";

    /// <summary>A definition kind the store does not know (in a URL).</summary>
    public const string UnknownKind = "PW5012";

    /// <summary>Publishing refused: a policy scenario fails against the would-be version set.</summary>
    public const string PolicyFails = "PW5020";

    /// <summary>An override without a written reason.</summary>
    public const string OverrideNeedsReason = "PW5021";
}
