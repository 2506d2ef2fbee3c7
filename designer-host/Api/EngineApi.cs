using Pathway.DesignerHost.Assessments;
using Pathway.DesignerHost.Audit;
using Pathway.DesignerHost.Closure;
using Pathway.DesignerHost.Fhir;
using Pathway.DesignerHost.Handovers;
using Pathway.DesignerHost.Huddles;
using Pathway.DesignerHost.LocalityRegister;
using Pathway.DesignerHost.Referrals;
using Pathway.DesignerHost.Security;

namespace Pathway.DesignerHost.Api;

public static class EngineApi
{
    /// <summary>The engine's own endpoints (cases, tasks, pathway definitions) and the case work around them.</summary>
    public static IEndpointRouteBuilder MapEngineApi(this IEndpointRouteBuilder app)
    {
        app.MapSessionApi();
        app.MapCasesApi();
        app.MapCaseListApi();
        app.MapTasksApi();
        app.MapSignalsApi();
        app.MapMessagesApi();
        app.MapReferralsApi();
        app.MapFhirApi();
        app.MapLocalitiesApi();
        app.MapAssessmentsApi();
        app.MapHuddlesApi();
        app.MapHandoversApi();
        app.MapOutcomesApi();
        app.MapAuditApi();
        app.MapRolesApi();
        return app;
    }
}
