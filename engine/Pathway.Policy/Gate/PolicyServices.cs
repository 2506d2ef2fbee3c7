using Microsoft.Extensions.DependencyInjection;
using Pathway.Policy.Running;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Definitions.Kinds;

namespace Pathway.Policy.Gate;

public static class PolicyServices
{
    /// <summary>The runner, the publish gate and the policy journal; the step library also checks each spec's steps as it is saved.</summary>
    public static IServiceCollection AddPathwayPolicy(this IServiceCollection services, PolicyComposition composition)
    {
        services.AddSingleton(composition);
        services.AddSingleton<StepLibrary>();
        services.AddSingleton<ISpecStepBinder>(sp => sp.GetRequiredService<StepLibrary>());
        services.AddSingleton(sp => new PolicyRunner(sp.GetRequiredService<StepLibrary>(), new SpecKindRules([]), composition, sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<PolicyJournal>();
        services.AddScoped<IPublishGate, PolicyGate>();
        services.AddScoped<PolicyMonitor>();
        return services;
    }
}
