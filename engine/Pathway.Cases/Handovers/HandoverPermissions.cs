using Pathway.Cases.People;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Handovers;

/// <summary>
/// Who answers a handover: staff in the receiving service's role, or a coordinator recording the
/// answer on its behalf (a phone call from a service with no Pathway login, say).
/// </summary>
public static class HandoverPermissions
{
    /// <summary>The role that answers for each receiving service; a service with none is answered through the coordinator.</summary>
    public static readonly IReadOnlyDictionary<string, string?> ResponderRoles = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["reablement"] = "reablement",
        ["gp"] = "gp",
        ["social-care"] = "social-worker",
        ["hospice-at-home"] = "specialist-palliative-care-nurse",
        ["voluntary-sector"] = "voluntary-sector-link-worker",
        ["another-team"] = null,
    };

    public static CommandRejectedException? WhyNotRespond(HandoverRecord handover, Actor actor)
    {
        if (actor.HasRole(Disciplines.Coordinator))
            return null;
        var role = ResponderRoles.GetValueOrDefault(handover.ReceivingService);
        return role is not null && actor.HasRole(role)
            ? null
            : new CommandRejectedException(Rejection.Forbidden, ApiErrors.NotReceivingService,
                $"the handover is to {handover.ReceivingService}; only its {role ?? "coordinator"} role, or a coordinator on its behalf, may answer it");
    }
}
