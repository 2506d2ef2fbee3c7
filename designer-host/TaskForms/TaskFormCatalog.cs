namespace Pathway.DesignerHost.TaskForms;

/// <summary>
/// The forms the shipped pathway's user tasks name. A pathway a designer draws may name a form
/// nobody has built yet; it gets a notes-only form so the task can still be completed.
/// </summary>
public static class TaskFormCatalog
{
    private static readonly string[] Outcomes =
        ["Remained at home", "Remained at home with a package of care", "Admitted to hospital", "Conveyed to emergency department", "Referred to another service", "Died at home as planned"];

    private static readonly string[] MdtDecisions =
        ["Continue at home with current support", "Increase support at home", "Refer to a specialist service", "Plan an admission", "No further MDT action"];

    private static readonly string[] ReceivingServices =
        ["Reablement", "District nursing", "Social care", "Specialist palliative care", "GP practice", "Voluntary sector"];

    private static readonly Dictionary<string, TaskForm> Forms = new(StringComparer.Ordinal)
    {
        ["trusted-assessment"] = new("trusted-assessment", "Trusted assessment", "Record assessment",
        [
            new("assessmentSummary", "Assessment summary", FieldKind.TextArea, Required: true, Hint: "What you found and what you did"),
            new("news2Score", "NEWS2 score", FieldKind.Number),
            new("clinicalFrailtyScale", "Clinical Frailty Scale", FieldKind.Number, Hint: "1 to 9"),
            new("selfNeglect", "Self-neglect", FieldKind.YesNo),
            new("carerCrisis", "Carer crisis", FieldKind.YesNo),
            new("multimorbidity", "Multimorbidity", FieldKind.YesNo),
            new("recentDischarge", "Discharged from hospital in the last 30 days", FieldKind.YesNo),
            new("crisesLast90Days", "Crises in the last 90 days", FieldKind.Number),
            new("reablementPotential", "Reablement potential", FieldKind.YesNo),
        ]),
        ["mdt-decision"] = new("mdt-decision", "MDT decision", "Record decision",
        [
            new("mdtDecision", "Decision", FieldKind.Choice, Required: true, Options: MdtDecisions),
            new("mdtActions", "Actions agreed", FieldKind.TextArea, Hint: "Who does what, by when"),
        ]),
        ["handover"] = new("handover", "Plan handover", "Record handover plan",
        [
            new("handoverRequired", "Does another service need to take over care?", FieldKind.YesNo, Required: true),
            new("receivingService", "Receiving service", FieldKind.Choice, Hint: "Only if a handover is needed", Options: ReceivingServices),
        ]),
        ["close-case"] = new("close-case", "Close with outcome", "Close case",
        [
            new("outcome", "Outcome", FieldKind.Choice, Required: true, Options: Outcomes),
            new("closingNotes", "Closing notes", FieldKind.TextArea),
        ]),
        ["redirect"] = new("redirect", "Redirect to 999 or ED", "Record redirection",
        [
            new("redirectedTo", "Redirected to", FieldKind.Choice, Required: true, Options: ["999", "Emergency department"]),
            new("redirectNotes", "Notes", FieldKind.TextArea),
        ]),
        ["escalated-assessment"] = new("escalated-assessment", "Arrange the escalated assessment", "Record arrangement",
        [
            new("arrangedWith", "Assessment arranged with", FieldKind.Text, Required: true),
            new("escalationNotes", "Notes", FieldKind.TextArea),
        ]),
        ["coordinator-alert"] = new("coordinator-alert", "Coordinator alert", "Record action",
        [
            new("actionTaken", "Action taken", FieldKind.TextArea, Required: true),
        ]),
    };

    public static TaskForm For(string? key) =>
        key is not null && Forms.TryGetValue(key, out var form)
            ? form
            : new(key ?? "notes", "Complete task", "Complete task", [new("notes", "Notes", FieldKind.TextArea)]);
}
