using Pathway.Cases.Validation;

namespace Pathway.Cases.Handovers;

/// <summary>The "Plan handover" form: whether care passes to another service, which, and what it needs to know.</summary>
public sealed record HandoverPlan(bool? HandoverRequired, string? ReceivingService, string? Summary)
{
    public static readonly IReadOnlyList<string> ReceivingServices = ["reablement", "gp", "social-care", "hospice-at-home", "voluntary-sector", "another-team"];

    public void Validate()
    {
        var errors = new FormErrors();
        if (HandoverRequired is null)
            errors.Add("handoverRequired", "is required: true to hand over to another service, false to close with this team");
        else if (HandoverRequired == true)
        {
            errors.OneOf("receivingService", ReceivingService, ReceivingServices);
            errors.Required("summary", Summary, "summarise what the receiving service needs to know");
            errors.MaxLength("summary", Summary, 4000);
        }
        errors.ThrowIfAny();
    }
}
