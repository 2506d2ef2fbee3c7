using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Pathway.Runtime.Telemetry;

/// <summary>Pathway's own traces and metrics; the host exports them (OpenTelemetry, OTLP) under <see cref="Name"/>.</summary>
public static class PathwayTelemetry
{
    public const string Name = "Pathway";

    public static readonly ActivitySource Traces = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Commands handled, tagged by kind (the command's name) and outcome; a rate of it is commands per second.</summary>
    public static readonly Counter<long> Commands = Meter.CreateCounter<long>("pathway.commands", description: "Commands handled, by kind and outcome");

    public static readonly Histogram<double> CommandDuration = Meter.CreateHistogram<double>("pathway.command.duration", unit: "ms", description: "Command latency, by kind");

    public static readonly Histogram<int> GroupSize = Meter.CreateHistogram<int>("pathway.group_commit.size", description: "Commands saved by one group commit");

    /// <summary>How late a timer fired: fired minus due.</summary>
    public static readonly Histogram<double> TimerLag = Meter.CreateHistogram<double>("pathway.timer.lag", unit: "s", description: "Timer firing time minus due time");

    public static readonly Counter<long> Incidents = Meter.CreateCounter<long>("pathway.incidents", description: "Incidents raised on cases");
}
