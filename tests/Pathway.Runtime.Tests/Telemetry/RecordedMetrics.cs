using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Pathway.Runtime.Telemetry;

namespace Pathway.Runtime.Tests.Telemetry;

/// <summary>
/// Every measurement on Pathway's meters while it lives, as (instrument, value, tags): the shared
/// static meter's, and of the meters made per host only those of the host given, so a test in
/// parallel with another never reads the other's gauges.
/// </summary>
public sealed class RecordedMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measured> _measured = new();

    public RecordedMetrics(IMeterFactory? host = null)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PathwayTelemetry.Name && (instrument.Meter.Scope is null || instrument.Meter.Scope == host))
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Add(i, value, tags));
        _listener.SetMeasurementEventCallback<int>((i, value, tags, _) => Add(i, value, tags));
        _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Add(i, value, tags));
        _listener.Start();
    }

    /// <summary>Reads the gauges now, as a scrape would.</summary>
    public void Scrape() => _listener.RecordObservableInstruments();

    /// <summary>The values an instrument recorded whose tags include every one given.</summary>
    public List<double> Of(string instrument, params (string Key, string Value)[] tags) =>
        _measured.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && v == t.Value))
            .Select(m => m.Value).ToList();

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
            named[tag.Key] = tag.Value?.ToString() ?? "";
        _measured.Enqueue(new Measured(instrument.Name, value, named));
    }

    private sealed record Measured(string Instrument, double Value, Dictionary<string, string> Tags);
}
