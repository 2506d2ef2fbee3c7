using Pathway.Engine.Bpmn;
using Pathway.Engine.Model;
using Pathway.Engine.Runtime;

namespace Pathway.Engine.Tests;

/// <summary>Loading the .bpmn fixtures kept next to the tests, and small helpers for driving a case.</summary>
internal static class Fixtures
{
    /// <summary>A Monday in British Summer Time, away from any clock change.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(1));

    public static IReadOnlyDictionary<string, object?> NoVariables { get; } = new Dictionary<string, object?>();

    public static PathwayModel Load(string relativePath) =>
        BpmnReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath)), relativePath);


    /// <summary>The one bookmark the case waits on at <paramref name="nodeId"/>.</summary>
    public static Bookmark WaitingAt(this CaseState state, string nodeId) => state.Bookmarks.Single(b => b.NodeId == nodeId);

    public static string[] WaitingNodes(this CaseState state) => [.. state.Bookmarks.Select(b => b.NodeId).Order(StringComparer.Ordinal)];

    public static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
