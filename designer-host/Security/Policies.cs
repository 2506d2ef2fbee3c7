using Pathway.Cases.People;

namespace Pathway.DesignerHost.Security;

/// <summary>Who may call what. Commissioners only ever reach aggregated, person-free endpoints.</summary>
public static class Policies
{
    public const string CaseWork = "case-work";
    public const string CaseRead = "case-read";
    public const string Coordination = "coordination";
    public const string EngineOperations = "engine-operations";
    public const string PathwayDesign = "pathway-design";
    public const string PathwayRead = "pathway-read";
    public const string Reports = "reports";
    public const string Audit = "audit";
    public const string PolicyRun = "policy-run";
    public const string Administration = "administration";

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        // Closed by default: an endpoint or page added without a policy still needs a signed-in user.
        options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(CaseWork, p => p.RequireRole(Disciplines.Clinician, Disciplines.Coordinator));
        options.AddPolicy(CaseRead, p => p.RequireRole(Disciplines.Clinician, Disciplines.Coordinator, Disciplines.Administrator));
        options.AddPolicy(Coordination, p => p.RequireRole(Disciplines.Coordinator));
        options.AddPolicy(EngineOperations, p => p.RequireRole(Disciplines.Coordinator, Disciplines.Administrator));
        options.AddPolicy(PathwayDesign, p => p.RequireRole(Disciplines.ServiceDesigner));
        options.AddPolicy(PathwayRead, p => p.RequireRole(Disciplines.ServiceDesigner, Disciplines.Administrator, Disciplines.Commissioner));
        options.AddPolicy(Reports, p => p.RequireRole(Disciplines.Commissioner, Disciplines.Coordinator, Disciplines.Administrator));
        options.AddPolicy(Audit, p => p.RequireRole(Disciplines.Administrator));
        options.AddPolicy(PolicyRun, p => p.RequireRole(Disciplines.ServiceDesigner, Disciplines.Commissioner));
        options.AddPolicy(Administration, p => p.RequireRole(Disciplines.Administrator));
    }
}
