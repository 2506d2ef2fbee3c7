using Pathway.Engine.Errors;

namespace Pathway.DesignerHost.Operations;

/// <summary>The codes for a host that cannot reach its database (PW5100-PW5149).</summary>
public static class OperationsErrors
{
    [Error("The database cannot be reached; nothing was saved and the request may be sent again", Status = 503)]
    public const string DatabaseUnavailable = "PW5100";

    [Error("The database cannot be reached yet at start-up; the host keeps trying")]
    public const string DatabaseUnavailableAtStartUp = "PW5101";
}
