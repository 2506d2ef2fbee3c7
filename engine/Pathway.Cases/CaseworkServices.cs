using Microsoft.Extensions.DependencyInjection;
using Pathway.Cases.Worklist;

namespace Pathway.Cases;

public static class CaseworkServices
{
    /// <summary>Case work's own services; its command handlers come with the composition root's <c>AddMediator</c>.</summary>
    public static IServiceCollection AddPathwayCasework(this IServiceCollection services) =>
        services.AddScoped<FormTask>();
}
