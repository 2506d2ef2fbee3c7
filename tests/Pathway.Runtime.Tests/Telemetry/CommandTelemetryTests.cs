using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Telemetry;

namespace Pathway.Runtime.Tests.Telemetry;

public sealed class CommandTelemetryTests
{
    [Fact]
    public async Task EveryCommand_IsCountedAndTimedByItsKind()
    {
        // given: a listener on Pathway's meter
        var counted = new ConcurrentBag<string>();
        var timed = new ConcurrentBag<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PathwayTelemetry.Name)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            if (instrument.Name == "pathway.commands")
                counted.Add(KindOf(tags));
        });
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
        {
            if (instrument.Name == "pathway.command.duration")
                timed.Add(KindOf(tags));
        });
        listener.Start();
        await using var engine = await TestEngine.StartAsync();

        // when
        await engine.SendAsync(new FireDueTimers());

        // then
        Assert.Contains(nameof(FireDueTimers), counted);
        Assert.Contains(nameof(FireDueTimers), timed);
    }

    private static string KindOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "kind")
                return (string)tag.Value!;
        }
        return "";
    }
}
