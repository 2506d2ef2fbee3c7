using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Api;

public static class SignalsApi
{
    /// <summary>Broadcast signals: every case waiting on the signal hears it (a winter escalation level raised, say).</summary>
    public static IEndpointRouteBuilder MapSignalsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/signals/{name}", BroadcastAsync).RequireAuthorization(Policies.EngineOperations)
            .WithTags("Engine").WithSummary("Broadcast a signal to every case waiting on it; answers how many cases it reached");
        return app;
    }

    private static async Task<Ok<SignalBroadcast>> BroadcastAsync(string name, Dictionary<string, System.Text.Json.JsonElement>? payload, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var values = (payload ?? []).ToDictionary(v => v.Key, v => CaseStateJson.ToPlain(v.Value), StringComparer.Ordinal);
        return TypedResults.Ok(await mediator.Send(new BroadcastSignal(name, values, http.User.ToActor()), ct));
    }
}
