namespace Pathway.Cases.Localities;

/// <summary>The intake helper's codes (PW4620-4639), kept together until the error catalogue takes them in.</summary>
public static class LocalityErrorCodes
{
    /// <summary>A referral for a locality the person recording it does not serve (403).</summary>
    public const string NotServed = "PW4620";

    /// <summary>A new locality whose code is already taken (409).</summary>
    public const string DuplicateCode = "PW4621";

    /// <summary>No locality has that code (404).</summary>
    public const string NotFound = "PW4622";

    /// <summary>The locality changed since the version the administrator edited (409).</summary>
    public const string StaleVersion = "PW4623";

    /// <summary>Only an administrator adds or changes localities (403).</summary>
    public const string AdministratorsOnly = "PW4624";
}
