using Pathway.Cases.Closure;
using Pathway.Cases.Handovers;
using Pathway.Cases.Huddles;
using Pathway.Cases.Worklist;
using Pathway.Engine.Vocabulary;

namespace Pathway.DesignerHost.TaskForms;

/// <summary>
/// The forms the shipped pathway's user tasks name, field for field the records the case-work
/// commands validate. A pathway a designer draws may name a form nobody has built yet; it gets
/// a notes-only form so the task can still be completed.
/// </summary>
public static class TaskFormCatalog
{
    private static FormOption[] Plain(params string[] values) => [.. values.Select(v => new FormOption(v, v))];

    private static readonly FormOption[] OutcomeOptions = [.. ClosureOutcomes.All.Select(o => new FormOption(o.Id, o.Label))];

    private static readonly FormOption[] ReceivingServiceOptions =
    [
        new("reablement", "Reablement"), new("gp", "GP practice"), new("social-care", "Social care"),
        new("hospice-at-home", "Hospice at home"), new("voluntary-sector", "Voluntary sector"), new("another-team", "Another team"),
    ];

    private static readonly FormOption[] InvolvementOptions =
    [
        new("present", "Present"), new("consulted", "Consulted"), new("declined", "Declined to take part"),
        new("lacks-capacity-best-interests", "Lacks capacity: best-interests decision"),
    ];

    private static readonly FormOption[] CarerInvolvementOptions =
    [
        new("present", "Present"), new("consulted", "Consulted"), new("declined", "Declined to take part"), new("no-carers", "No carers"),
    ];

    private static readonly FormOption[] DisciplineOptions = [.. StaffRoles.Disciplines.Select(r => new FormOption(r.Id, r.Name))];

    private static readonly RequiredWhen RiskAccepted = new("riskAccepted", "yes", "Needed if the person chose to accept a risk");
    private static readonly RequiredWhen HandoverNeeded = new("handoverRequired", "yes", "Needed if another service takes over care");

    private static readonly FormField[] Assessment =
    [
        new("firstContactAt", "When you first saw the person", FieldKind.UkDateTime, Hint: "UK time. Leave empty if you are recording the assessment now, at the visit"),
        new("clinicalFrailtyScale", "Clinical Frailty Scale", FieldKind.Number, Required: true, Hint: "1 (very fit) to 9 (terminally ill)"),
        new("mobilityAndFalls", "Mobility and falls", FieldKind.TextArea, Required: true),
        new("cognition", "Cognition", FieldKind.TextArea, Required: true, Hint: "For example, no concerns, or new confusion"),
        new("skin", "Skin integrity", FieldKind.TextArea, Required: true),
        new("continence", "Continence", FieldKind.TextArea, Required: true),
        new("medicationConcerns", "Medication concerns", FieldKind.TextArea, Required: true, Hint: "Write 'none' if there are none"),
        new("homeEnvironment", "Home environment and hazards", FieldKind.TextArea, Required: true),
        new("carerStrain", "Carer strain", FieldKind.TextArea, Required: true, Hint: "Write 'no carer' if there is none"),
        new("whatMattersToThePerson", "What matters to the person, in their words", FieldKind.TextArea, Required: true),
        new("risksDiscussedWithThePerson", "Risks discussed with the person, and their view", FieldKind.TextArea, Required: true),
        new("selfNeglect", "Self-neglect", FieldKind.YesNo),
        new("carerCrisis", "Carer crisis", FieldKind.YesNo),
        new("multimorbidity", "Multimorbidity", FieldKind.YesNo),
        new("recentDischarge", "Discharged from hospital recently", FieldKind.YesNo),
        new("recentAdmission", "Admitted to hospital recently", FieldKind.YesNo),
        new("complexEndOfLife", "Complex end-of-life care", FieldKind.YesNo),
        new("crisesLast90Days", "Crises in the last 90 days", FieldKind.Number),
        new("highServiceUse", "High use of services", FieldKind.YesNo),
    ];

    private static readonly Dictionary<string, TaskForm> Forms = new(StringComparer.Ordinal)
    {
        ["trusted-assessment"] = new("trusted-assessment", "Trusted assessment", "Record assessment", Assessment),
        ["trusted-assessment-revision"] = new("trusted-assessment-revision", "Revise the trusted assessment", "Record revised assessment", Assessment),
        [RecordMdtDecisionHandler.Form] = new(RecordMdtDecisionHandler.Form, "MDT decision", "Record decision",
        [
            new("disciplinesPresent", "Disciplines present", FieldKind.Checkboxes, Required: true, Options: DisciplineOptions),
            new("personInvolvement", "How the person took part", FieldKind.Choice, Required: true, Options: InvolvementOptions),
            new("carerInvolvement", "How carers took part", FieldKind.Choice, Required: true, Options: CarerInvolvementOptions),
            new("optionsDiscussed", "Options discussed", FieldKind.Lines, Required: true, Hint: "One option on each line"),
            new("decision", "Decision", FieldKind.TextArea, Required: true),
            new("riskAccepted", "Did the person choose to accept a risk?", FieldKind.YesNo, Required: true),
            new("positiveRiskTaking.risk", "Risk accepted", FieldKind.Text, RequiredWhen: RiskAccepted),
            new("positiveRiskTaking.mitigationAgreed", "Mitigation agreed", FieldKind.Text, RequiredWhen: RiskAccepted),
            new("positiveRiskTaking.personsChoice", "The person's choice, in their words", FieldKind.Text, RequiredWhen: RiskAccepted),
        ]),
        [HandOverHandler.Form] = new(HandOverHandler.Form, "Plan handover", "Record handover plan",
        [
            new("handoverRequired", "Does another service need to take over care?", FieldKind.YesNo, Required: true),
            new("receivingService", "Receiving service", FieldKind.Choice, Options: ReceivingServiceOptions, RequiredWhen: HandoverNeeded),
            new("summary", "What the receiving service needs to know", FieldKind.TextArea, RequiredWhen: HandoverNeeded),
        ]),
        [CloseCaseHandler.Form] = new(CloseCaseHandler.Form, "Close with outcome", "Close case",
        [
            new("outcome", "Outcome", FieldKind.Choice, Required: true, Options: OutcomeOptions),
            new("reason", "Reason", FieldKind.TextArea, RequiredWhen: new("outcome", ClosureOutcomes.Admitted, "Needed if the person was admitted to hospital")),
        ]),
        [RecordMdtDecisionHandler.ActionForm] = new(RecordMdtDecisionHandler.ActionForm, "MDT action", "Mark done", [new("note", "Note", FieldKind.TextArea)]),
        ["redirect"] = new("redirect", "Redirect to 999 or ED", "Record redirection",
        [
            new("redirectedTo", "Redirected to", FieldKind.Choice, Required: true, Options: Plain("999", "Emergency department")),
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

    /// <summary>Every form a task can name: the designer's form picker.</summary>
    public static IEnumerable<TaskForm> All => Forms.Values;

    public static TaskForm For(string? key) =>
        key is not null && Forms.TryGetValue(key, out var form)
            ? form
            : new(key ?? "notes", "Complete task", "Complete task", [new("notes", "Notes", FieldKind.TextArea)]);
}
