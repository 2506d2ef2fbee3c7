using Pathway.Engine.Model;

namespace Pathway.Engine.Runtime;

/// <summary>
/// The engine's one seam: (model, state, event, now) → (new state, effects). Pure and
/// deterministic: no I/O, no clock, ids from the case's own sequence. It moves tokens until
/// every one waits (a bookmark, a join) or is stopped by an incident.
/// </summary>
public sealed class Interpreter(InterpreterOptions? options = null)
{
    private readonly InterpreterOptions _options = options ?? new InterpreterOptions();

    /// <summary>
    /// Starts a case at the model's none start event, or, given <paramref name="messageName"/>, at
    /// its top-level start event for that message (and nowhere else): the message's payload is in
    /// <paramref name="variables"/>, and its <paramref name="correlationKey"/> is kept in the start
    /// event's correlation variable so that later messages with the same key reach the case.
    /// </summary>
    public Activation Start(
        PathwayModel model, IReadOnlyDictionary<string, object?> variables, DateTimeOffset now, string? messageName = null, string? correlationKey = null)
    {
        var start = model.StartEvents.FirstOrDefault(s => s.MessageName == messageName)
            ?? throw new EngineException(EngineErrors.NoStartEvent, messageName is null
                ? $"pathway '{model.ProcessId}' has no none start event; it starts only on a message"
                : $"pathway '{model.ProcessId}' has no start event for the message '{messageName}'");
        if (messageName is not null)
            variables = MessageCorrelation.StartingVariables(start, variables, correlationKey);
        var state = new CaseState();
        foreach (var (name, value) in variables)
            state.Variables[name] = value;
        var run = new Run(model, state, now, _options);
        run.Begin(start);
        return run.Finish();
    }

    /// <summary>Applies one event to a case. Throws <see cref="EngineException"/> (changing nothing) when the event does not fit.</summary>
    public Activation Apply(PathwayModel model, CaseState state, CaseEvent @event, DateTimeOffset now)
    {
        // A timer that raced with the case's end is as stale as one whose task finished first.
        if (state.Status != CaseStatus.Running && @event is TimerFired)
            return new Activation(state, []);
        if (state.Status != CaseStatus.Running)
            throw new EngineException(EngineErrors.CaseNotRunning, $"the case is {state.Status.ToString().ToLowerInvariant()}");
        var run = new Run(model, state.Clone(), now, _options);
        switch (@event)
        {
            case TaskCompleted e:
                run.Resume(run.TakeBookmark(e.BookmarkId, BookmarkKind.Task), e.Output, JournalKinds.TaskCompleted);
                break;
            case ActivityCompleted e:
                run.Resume(run.TakeBookmark(e.BookmarkId, BookmarkKind.RuleSet, BookmarkKind.Service, BookmarkKind.Call), e.Output, JournalKinds.ActivityCompleted);
                break;
            case ActivityFailed e:
                run.Fail(run.TakeBookmark(e.BookmarkId, BookmarkKind.RuleSet, BookmarkKind.Service, BookmarkKind.Call), e.Code, e.Message);
                break;
            case TimerFired e:
                // A timer whose bookmark is gone (its task finished first, or it fired already) is a no-op.
                if (run.FindBookmark(e.BookmarkId, BookmarkKind.Timer) is not { } timer)
                    return new Activation(state, []);
                run.Fire(timer);
                break;
            case MessageReceived e:
                run.Receive(e.MessageName, e.Payload);
                break;
            case SignalReceived e:
                run.Signal(e.SignalName, e.Payload);
                break;
            case ErrorThrown e:
                run.ThrowError(run.TakeBookmark(e.BookmarkId, BookmarkKind.Task, BookmarkKind.Message, BookmarkKind.Call, BookmarkKind.RuleSet, BookmarkKind.Service), e.ErrorCode, e.Message);
                break;
            case IncidentRetried e:
                run.Retry(e.IncidentId);
                break;
            case CaseCancelled e:
                run.Cancel(e.Reason);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "unknown case event");
        }
        return run.Finish();
    }
}
