namespace Pathway.DesignerHost.Api;

public static class EngineApi
{
    /// <summary>The engine's own endpoints: cases, tasks, pathway definitions.</summary>
    public static IEndpointRouteBuilder MapEngineApi(this IEndpointRouteBuilder app)
    {
        app.MapCasesApi();
        app.MapTasksApi();
        app.MapPathwaysApi();
        app.MapRolesApi();
        return app;
    }
}
