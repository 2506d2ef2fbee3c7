using System.Globalization;
using Pathway.Cases.Assessments;
using Pathway.Cases.Closure;
using Pathway.Cases.Handovers;
using Pathway.Cases.Huddles;
using Pathway.Cases.Referrals;
using Pathway.Cases.Worklist;
using Pathway.DesignerHost.Pages.Referrals;
using Pathway.DesignerHost.TaskForms;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Cases;

/// <summary>
/// The case work's journal lines as sentences a colleague would write in the notes
/// ("MDT decided: home with reablement; risk of falls accepted with a pendant alarm").
/// </summary>
public static class CaseworkSentences
{
    public static TimelineEntry? From(JournalRecord line, IReadOnlyDictionary<string, object?> data, CaseRecordView? record, string? actor)
    {
        string? Text(string key) => data.TryGetValue(key, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
        string Discipline() => RoleWords.InSentence(Text("discipline"));
        TimelineEntry Entry(string title, string? detail = null, string kind = "casework") => new(line.At, title, detail, actor, kind);
        return line.Kind switch
        {
            RecordReferralHandler.Recorded => Entry($"Referral recorded {ReferralChoices.LabelOf(Text("channel"))} from {ReferralChoices.LabelOf(Text("source"))}",
                $"{ReferralChoices.LabelOf(Text("presentingNeed"))}; NEWS2 score {Text("news2Score")}", "started"),
            RecordReferralHandler.PersonDetailsDiffer => Entry(Text("confirmed") == "True"
                    ? "Known NHS number with different details: confirmed as the same person"
                    : "Known NHS number with different details: check the person is the same",
                Text("differences"), "incident"),
            AssessmentJournalKinds.Recorded => Entry($"Trusted assessment recorded by a {Discipline()}", null, "done"),
            AssessmentJournalKinds.Accepted => Entry($"Assessment version {Text("version")} accepted by a {Discipline()}", null, "done"),
            AssessmentJournalKinds.Challenged => Entry($"Assessment version {Text("version")} challenged by a {Discipline()}", Text("reason"), "incident"),
            AssessmentJournalKinds.Revised => Entry($"Assessment revised: version {Text("version")}", Text("answers") is { } reason ? $"In answer to: {reason}" : null, "done"),
            RecordMdtDecisionHandler.Decided => Entry(MdtSentence(line, data, record), null, "decision"),
            HandOverHandler.Requested => Entry($"Handover requested to {Service(Text("receivingService"))}",
                record?.Handovers.LastOrDefault(h => h.RequestedAt <= line.At)?.Summary),
            CloseCaseHandler.Closed => Entry($"Outcome: {Outcome(Text("outcome"))}", Text("reason"), "closed"),
            WorklistJournalKinds.Claimed => Entry($"Task taken: {Text("name")}"),
            WorklistJournalKinds.Released => Entry($"Task handed back: {Text("name") ?? "a task"}", Text("from") is { } from ? $"Was with {from}" : null),
            WorklistJournalKinds.Reassigned => Entry($"Task reassigned to {Text("toPerson") ?? RoleWords.InSentence(Text("toRole"))}"),
            // Journalled by the ad-hoc MDT actions of pathway versions before the "MDT action" task.
            WorklistJournalKinds.ActionCompleted => Entry($"MDT action done: {Text("name")}", Text("note"), "done"),
            _ => null,
        };
    }

    public static TimelineEntry HandoverResponse(JournalRecord line, CaseRecordView record, string? actor)
    {
        var handover = record.Handovers.LastOrDefault(h => h.RespondedAt is { } at && at <= line.At) ?? (record.Handovers.Count > 0 ? record.Handovers[^1] : null);
        if (handover is null)
            return new(line.At, "Handover response received", null, actor, "message");
        var service = Service(handover.ReceivingService);
        return handover.Status == HandoverStatus.Rejected
            ? new(line.At, $"Handover declined by {service}", handover.DeclineReason, actor, "incident")
            : new(line.At, $"Handover accepted by {service}", null, actor, "done");
    }

    /// <summary>"MDT decided: home with reablement; risk of falls accepted with a pendant alarm".</summary>
    private static string MdtSentence(JournalRecord line, IReadOnlyDictionary<string, object?> data, CaseRecordView? record)
    {
        var decision = record?.Mdt.LastOrDefault(m => m.Record.DecidedAt <= line.At)?.Decision;
        var text = decision?.Decision ?? (data.GetValueOrDefault("decision") as string) ?? "";
        var sentence = $"MDT decided: {Lower(text.TrimEnd('.'))}";
        if (decision is { RiskAccepted: true, PositiveRiskTaking: { } risk })
            sentence += $"; risk of {Lower(risk.Risk?.TrimEnd('.') ?? "")} accepted with {Lower(risk.MitigationAgreed?.TrimEnd('.') ?? "")}";
        return sentence;
    }

    private static string Service(string? value) =>
        TaskFormCatalog.For(HandOverHandler.Form).Fields.First(f => f.Name == "receivingService").LabelOf(value) is var label && label == "GP practice"
            ? "the GP practice" : label.ToLowerInvariant();

    private static string Outcome(string? value) =>
        TaskFormCatalog.For(CloseCaseHandler.Form).Fields.First(f => f.Name == "outcome").LabelOf(value).ToLowerInvariant();

    /// <summary>Lower-cases the first letter of free text joined into a sentence, leaving acronyms (GP, NHS) alone.</summary>
    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLower(text[0], CultureInfo.InvariantCulture) + text[1..] : text;
}
