using Microsoft.Extensions.DependencyInjection;
using Mediator;
using Pathway.Cases.Access;
using Pathway.Cases.Audit;
using Pathway.Cases.Huddles;
using Pathway.Cases.Worklist;

namespace Pathway.Cases;

public static class CaseworkServices
{
    /// <summary>Case work's own services and the read model of each screen; its command handlers come with the composition root's <c>AddMediator</c>.</summary>
    public static IServiceCollection AddPathwayCasework(this IServiceCollection services) =>
        services.AddScoped<FormTask>().AddScoped<WorklistQuery>().AddScoped<HuddleBoardQuery>().AddScoped<AccessAuditQuery>()
            .AddScoped(typeof(IPipelineBehavior<,>), typeof(TeamAccessBehavior<,>));
}
