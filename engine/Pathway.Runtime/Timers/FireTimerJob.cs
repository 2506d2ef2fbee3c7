using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Runtime.Commands;
using Quartz;

namespace Pathway.Runtime.Timers;

/// <summary>Quartz's side of a timer: it only sends FireTimer, which is a no-op for a timer already fired.</summary>
public sealed class FireTimerJob(IServiceScopeFactory scopes) : IJob
{
    public const string CaseIdKey = "caseId";
    public const string BookmarkIdKey = "bookmarkId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var command = new FireTimer(Guid.Parse(data.GetString(CaseIdKey)!), data.GetString(BookmarkIdKey)!);
        CrashPoint.Reached(CrashPoint.BeforeFire);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
        CrashPoint.Reached(CrashPoint.AfterFire);
    }
}
