using Pathway.DesignerHost.Pages.Cases;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Storage;

namespace Pathway.Host.Tests;

/// <summary>The case timeline names the other case of a call activity, on both sides.</summary>
public sealed class CallTimelineTests
{
    private static readonly Guid Other = new("0190a8c0-0000-7000-8000-000000000001");

    private static TimelineEntry Read(string kind, Dictionary<string, object?> data) => TimelineEntry.From(
        new JournalRecord { Kind = kind, At = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), NodeId = "EndOfLife", DataJson = CaseStateJson.SerializeData(data) },
        node => node ?? "")!;

    [Fact]
    public void CallingCaseTimeline_NamesTheCalledPathwayAndCase()
    {
        var entry = Read(JournalKinds.CallStarted, new() { ["pathway"] = "end-of-life", ["version"] = 2, ["case"] = Other, ["bookmark"] = "b4" });

        Assert.Equal("Pathway called: end-of-life version 2", entry.Title);
        Assert.Contains(Other.ToString(), entry.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CalledCaseTimeline_NamesTheCallingCase()
    {
        var entry = Read(JournalKinds.CalledBy, new() { ["case"] = Other, ["node"] = "EndOfLife", ["bookmark"] = "b4" });

        Assert.Equal("Called by another case", entry.Title);
        Assert.Contains(Other.ToString(), entry.Detail, StringComparison.OrdinalIgnoreCase);
    }
}
