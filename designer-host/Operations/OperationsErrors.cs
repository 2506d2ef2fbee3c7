namespace Pathway.DesignerHost.Operations;

/// <summary>The codes for a host that cannot reach its database (PW5100-PW5149).</summary>
public static class OperationsErrors
{
    /// <summary>The database cannot be reached; the command wrote nothing and may be sent again.</summary>
    public const string DatabaseUnavailable = "PW5100";

    /// <summary>At start-up: the database cannot be reached yet; the host keeps trying.</summary>
    public const string DatabaseUnavailableAtStartUp = "PW5101";
}
