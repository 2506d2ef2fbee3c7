using System.Globalization;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Cases;

/// <summary>
/// A journal line as a person reads it on the case timeline. Steps through gateways and flows
/// are left out: they say how the engine moved, not what happened to the person.
/// </summary>
public sealed record TimelineEntry(DateTimeOffset At, string Title, string? Detail, string? Actor, string Kind)
{
    public static TimelineEntry? From(JournalRecord line, Func<string?, string> nodeName, CaseRecordView? record = null)
    {
        var data = line.DataJson is null ? new Dictionary<string, object?>() : CaseStateJson.DeserializeData(line.DataJson);
        string? Text(string key) => data.TryGetValue(key, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
        var node = nodeName(line.NodeId);
        var actor = line.Actor is null or "system" ? null : line.Actor;
        return line.Kind switch
        {
            JournalKinds.CaseStarted => new(line.At, "Referral received", null, actor, "started"),
            JournalKinds.TaskOffered => new(line.At, $"Task offered: {node}", Text("role") is { } role ? $"For {RoleWords.InSentence(role)}" : null, actor, "task"),
            JournalKinds.TaskCompleted => new(line.At, $"Task completed: {node}", null, actor, "done"),
            JournalKinds.TaskWithdrawn => new(line.At, $"Task withdrawn: {node}", null, actor, "withdrawn"),
            RuntimeJournalKinds.RulesDecided => new(line.At, $"Decision: {node}", Text("description") ?? Text("ruleName"), actor, "decision"),
            JournalKinds.TimerFired => new(line.At, $"Time passed: {node}", null, actor, "timer"),
            JournalKinds.MessageReceived when Text("message") == Pathway.Cases.Handovers.RespondToHandoverHandler.Message && record is not null
                => CaseworkSentences.HandoverResponse(line, record, actor),
            JournalKinds.MessageReceived => new(line.At, $"Message received: {Text("message")}", null, actor, "message"),
            JournalKinds.CallStarted => new(line.At, $"Pathway called: {Text("pathway")} version {Text("version")}", $"As case {Text("case")}", actor, "call"),
            JournalKinds.CalledBy => new(line.At, "Called by another case", $"Case {Text("case")}, at its step {Text("node")}", actor, "call"),
            JournalKinds.IncidentRaised => new(line.At, $"Incident at {node}", $"{Text("code")}: {Text("message")}", actor, "incident"),
            JournalKinds.IncidentRetried => new(line.At, $"Retried: {node}", Text("code"), actor, "retried"),
            JournalKinds.CaseCompleted => new(line.At, "Case closed", null, actor, "closed"),
            JournalKinds.CaseCancelled => new(line.At, "Case cancelled", Text("reason"), actor, "closed"),
            _ when EngineSteps.Contains(line.Kind) => null,
            // Case work writes its own kinds (assessment.recorded, task.claimed, mdt.decided...): say each in a sentence.
            _ => CaseworkSentences.From(line, data, record, actor) ?? new(line.At, Humanise(line.Kind), line.NodeId is null ? null : node, actor, "casework"),
        };
    }

    /// <summary>How the engine moved, not what happened to the person: left off the timeline.</summary>
    private static readonly HashSet<string> EngineSteps = new(StringComparer.Ordinal)
    {
        JournalKinds.NodeEntered, JournalKinds.FlowTaken, JournalKinds.TimerScheduled, JournalKinds.TimerCancelled,
        JournalKinds.MessageAwaited, JournalKinds.ActivityRequested, JournalKinds.ActivityCompleted,
    };

    /// <summary>"assessment.recorded" reads "Assessment recorded".</summary>
    private static string Humanise(string kind)
    {
        var words = kind.Replace('.', ' ').Replace('-', ' ');
        return words.Length == 0 ? kind : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
