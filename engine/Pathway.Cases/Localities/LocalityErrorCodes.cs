using Pathway.Runtime.Commands;

namespace Pathway.Cases.Localities;

/// <summary>The locality codes by their intake names; each is defined in <see cref="ApiErrors"/>.</summary>
public static class LocalityErrorCodes
{
    /// <summary>A referral for a locality the person recording it does not serve (403).</summary>
    public const string NotServed = ApiErrors.LocalityNotServed;

    /// <summary>A new locality whose code is already taken (409).</summary>
    public const string DuplicateCode = ApiErrors.LocalityCodeTaken;

    /// <summary>No locality has that code (404).</summary>
    public const string NotFound = ApiErrors.LocalityNotFound;

    /// <summary>The locality changed since the version the administrator edited (409).</summary>
    public const string StaleVersion = ApiErrors.LocalityChangedMeanwhile;

    /// <summary>Only an administrator adds or changes localities (403).</summary>
    public const string AdministratorsOnly = ApiErrors.LocalityAdministratorsOnly;
}
