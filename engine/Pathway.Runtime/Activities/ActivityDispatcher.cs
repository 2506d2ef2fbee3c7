using Pathway.Engine.Runtime;

namespace Pathway.Runtime.Activities;

/// <summary>Performs the rule-set and service bookmarks a case activation left behind.</summary>
public sealed class ActivityDispatcher(IRuleSetActivity rules, IEnumerable<IServiceTask> services)
{
    private readonly Dictionary<string, IServiceTask> _services = services.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public async ValueTask<ActivityOutcome> PerformAsync(ActivityRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return request.Bookmark.Kind switch
            {
                BookmarkKind.RuleSet => await rules.DecideAsync(request, cancellationToken),
                BookmarkKind.Service when _services.TryGetValue(request.Bookmark.Key ?? "", out var service) =>
                    await service.RunAsync(request, cancellationToken),
                BookmarkKind.Service => ActivityOutcome.Fail(EngineErrors.UnknownService,
                    $"no service named '{request.Bookmark.Key}' is installed; known services: {string.Join(", ", _services.Keys.Order())}"),
                _ => throw new ArgumentException($"{request.Bookmark.Kind} bookmarks are not activities", nameof(request)),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ArgumentException)
        {
            // An activity's bug must stop one token as an incident, not lose the command.
            return ActivityOutcome.Fail(EngineErrors.ActivityThrew, $"{request.Bookmark.Kind} '{request.Bookmark.Key}' failed: {ex.Message}");
        }
    }
}
