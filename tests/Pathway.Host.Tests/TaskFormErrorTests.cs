using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;
using Pathway.Cases.Validation;
using Pathway.DesignerHost.TaskForms;

namespace Pathway.Host.Tests;

/// <summary>Task form errors read in the field's own words, never the API's property names or codes.</summary>
public sealed class TaskFormErrorTests
{
    private static readonly TaskForm Mdt = TaskFormCatalog.For("mdt-decision");

    [Fact]
    public void ServerError_ForAMissingRiskRecord_IsPutOnEachRiskFieldInItsOwnWords()
    {
        var errors = new ModelStateDictionary();
        var refusal = new FormInvalidException(new Dictionary<string, string[]>
        {
            ["positiveRiskTaking"] = ["is required when riskAccepted is true: the risk, the mitigation agreed and the person's choice"],
            ["personInvolvement"] = ["'somewhere' is not known: use one of present, consulted, declined, lacks-capacity-best-interests"],
        });

        FormAnswers.AddServerErrors(refusal, Mdt, 7, errors);

        var messages = errors.SelectMany(e => e.Value!.Errors.Select(x => (e.Key, x.ErrorMessage))).ToList();
        Assert.Contains(("task-7-positiveRiskTaking-risk", "Enter risk accepted"), messages);
        Assert.Contains(("task-7-positiveRiskTaking-mitigationAgreed", "Enter mitigation agreed"), messages);
        Assert.Contains(("task-7-personInvolvement", "Select how the person took part from the list"), messages);
        Assert.DoesNotContain(messages, m => m.ErrorMessage.Contains("positiveRiskTaking", StringComparison.Ordinal) || m.ErrorMessage.Contains("riskAccepted", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RiskAcceptedWithoutTheRisk_AsksForTheRiskFields_WhichAreNotLabelledOptional()
    {
        var errors = new ModelStateDictionary();
        var posted = new FormCollection(new Dictionary<string, StringValues> { ["output.riskAccepted"] = "yes" });

        FormAnswers.Read(Mdt, 7, posted, errors);

        Assert.Equal("Enter risk accepted", errors["task-7-positiveRiskTaking-risk"]!.Errors.Single().ErrorMessage);
        var risk = Mdt.Fields.Single(f => f.Name == "positiveRiskTaking.risk");
        Assert.False(risk.Optional);
        Assert.Equal("Needed if the person chose to accept a risk", risk.HintText);
        Assert.True(Mdt.Fields.Single(f => f.Name == "decision").Required);
    }

    [Fact]
    public void Read_NoRiskAccepted_DoesNotAskForTheRiskFields()
    {
        var errors = new ModelStateDictionary();
        var posted = new FormCollection(new Dictionary<string, StringValues> { ["output.riskAccepted"] = "no" });

        FormAnswers.Read(Mdt, 7, posted, errors);

        Assert.False(errors.ContainsKey("task-7-positiveRiskTaking-risk"));
    }
}
