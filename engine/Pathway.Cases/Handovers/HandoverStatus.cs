namespace Pathway.Cases.Handovers;

/// <summary>Handover states in FHIR Task's words.</summary>
public static class HandoverStatus
{
    public const string Requested = "requested";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";

    /// <summary>No answer came within the acceptance window, and the assessor has planned again.</summary>
    public const string Lapsed = "cancelled";
}
