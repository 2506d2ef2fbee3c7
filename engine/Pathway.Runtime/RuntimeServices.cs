using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Activities;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Definitions.Kinds;
using Pathway.Runtime.Outbox;
using Pathway.Runtime.Rules;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;
using Pathway.Runtime.Seeding;
using Pathway.Runtime.Storage;
using Pathway.Runtime.Timers;
using Quartz;

namespace Pathway.Runtime;

public static class RuntimeServices
{
    /// <summary>
    /// The engine's services. The caller also calls the generated <c>AddMediator</c>, which
    /// finds the command handlers here, and supplies a <see cref="TimeProvider"/> if not the system one.
    /// </summary>
    public static IServiceCollection AddPathwayRuntime(this IServiceCollection services, PathwayRuntimeOptions options)
    {
        services.AddSingleton(options);
        services.AddDbContextPool<PathwayDbContext>(db => db.Configure(options.Provider, options.ConnectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new Interpreter());
        services.AddSingleton<PathwayModelCache>();
        services.AddSingleton<PublishedPathways>();
        services.AddSingleton<TimerSignal>();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<OutboxDelivery>();
        if (options.MessageWebhook is { } webhook)
            services.AddSingleton<IMessageTransport>(_ => new WebhookMessageTransport(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, webhook));
        else
            services.AddSingleton<IMessageTransport, CaseMessageTransport>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<GroupCommit>();
        services.AddSingleton(typeof(Mediator.IPipelineBehavior<,>), typeof(Telemetry.CommandTelemetry<,>));
        services.AddMetrics();
        services.AddSingleton<Telemetry.OpenWorkGauges>();
        services.AddHostedService<Telemetry.OpenWorkCounter>();
        services.AddScoped<DefinitionStore>();
        services.AddScoped<DefinitionQueries>();
        services.AddScoped<Impact.ImpactReports>();
        services.AddScoped<DefinitionSeeder>();
        services.AddSingleton<DefinitionKinds>();
        services.AddSingleton<IDefinitionKindRules, PathwayKindRules>();
        services.AddSingleton<IDefinitionKindRules, RuleSetKindRules>();
        services.AddSingleton<IDefinitionKindRules, SpecKindRules>();
        services.AddScoped<CaseRunner>();
        services.AddScoped<Messages.MessageStarts>();
        services.AddScoped<InstanceMigration.OpenCases>();
        services.AddScoped<ActivityDispatcher>();
        services.AddScoped<DatabaseSeeder>();
        services.AddSingleton<DatabaseRuleSetSource>();
        services.AddSingleton<IRuleSetSource>(sp => sp.GetRequiredService<DatabaseRuleSetSource>());
        services.AddSingleton<IRuleSetEvaluator, RuleSetEvaluator>();
        services.AddSingleton<IRuleSetActivity, RulesEngineActivity>();

        if (options.UseQuartz)
        {
            services.AddQuartz(q =>
            {
                // Several hosts on one PostgreSQL database share one clustered scheduler; Quartz
                // generates each node's instance id, which the journal names as the firing node.
                q.UsePersistentStore(store =>
                {
                    store.UseSystemTextJsonSerializer();
                    if (options.Provider == DatabaseProvider.PostgreSQL)
                    {
                        // Quartz's tables come from Pathway's PostgreSQL migrations.
                        store.UsePostgres(options.ConnectionString);
                        store.UseClustering(c => c.CheckinInterval = options.ClusterCheckinInterval);
                    }
                    else
                    {
                        store.UseSqlite(options.ConnectionString);
                        store.ProvisionSchema();
                    }
                });
            });
            services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
            services.AddSingleton<ITimerScheduler, QuartzTimerScheduler>();
            services.AddHostedService<TimerReconciler>();
            services.AddHostedService<TimerDispatcher>();
        }
        return services;
    }
}
