using System.Diagnostics;
using Mediator;

namespace Pathway.Runtime.Telemetry;

/// <summary>Times every command through the mediator: a span, the count and the latency, by kind.</summary>
public sealed class CommandTelemetry<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string Kind = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var span = PathwayTelemetry.Traces.StartActivity(Kind);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception ex)
        {
            outcome = ex.GetType().Name;
            span?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
        finally
        {
            var kind = new KeyValuePair<string, object?>("kind", Kind);
            PathwayTelemetry.Commands.Add(1, kind, new KeyValuePair<string, object?>("outcome", outcome));
            PathwayTelemetry.CommandDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, kind);
        }
    }
}
