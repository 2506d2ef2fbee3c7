using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.Cases.Localities;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Security;
using Pathway.DesignerHost.Policy;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.LocalityRegister;

/// <summary>
/// The localities Pathway serves, as data: anyone signed in reads them; an administrator adds and
/// changes them. A new locality runs the national pathway and rule sets until it has its own.
/// (The folder is not called Localities because that name would hide Pathway.Runtime.Definitions.Localities.)
/// </summary>
public static class LocalitiesApi
{
    public static void MapLocalitiesApi(this IEndpointRouteBuilder app)
    {
        var localities = app.MapGroup("/api/localities").WithTags("Localities");
        localities.MapGet("/", ListAsync).WithSummary("Every locality: code, name, teams, huddle days and version");
        localities.MapGet("/{code}", GetAsync).WithSummary("One locality").ProducesProblem(StatusCodes.Status404NotFound);
        localities.MapPost("/", AddAsync).RequireAuthorization(Policies.Administration)
            .WithSummary("Add a locality (administrators); it runs the national definitions at once, and its policy is checked in the background")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        localities.MapPut("/{code}", ChangeAsync).RequireAuthorization(Policies.Administration)
            .WithSummary("Change a locality's name, teams and huddle days (administrators); send the version you edited")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<IReadOnlyList<Locality>>> ListAsync(PathwayDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.AllLocalitiesAsync(ct));

    private static async Task<Results<Ok<Locality>, ProblemHttpResult>> GetAsync(string code, PathwayDbContext db, CancellationToken ct) =>
        (await db.AllLocalitiesAsync(ct)).FirstOrDefault(l => l.Code == code) is { } locality
            ? TypedResults.Ok(locality)
            : ProblemMapper.Refuse(LocalityErrorCodes.NotFound, $"no locality has the code '{code}'");

    private static async Task<Created<Locality>> AddAsync(LocalityInput locality, IMediator mediator, LocalityPolicyChecks policy, HttpContext http, CancellationToken ct)
    {
        var added = await mediator.Send(new AddLocality(locality, http.User.ToActor()), ct);
        // Its national specs run in the background; the Policy page says it is being checked until then.
        policy.Queue(added.Code);
        return TypedResults.Created($"/api/localities/{added.Code}", added);
    }

    private static async Task<Ok<Locality>> ChangeAsync(string code, LocalityInput locality, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ChangeLocality(code, locality, http.User.ToActor()), ct));
}
