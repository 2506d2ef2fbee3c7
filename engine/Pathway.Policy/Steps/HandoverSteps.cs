using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Handovers;
using Pathway.Policy.Support;
using Pathway.Runtime.Commands;
using TechTalk.SpecFlow;

namespace Pathway.Policy.Steps;

/// <summary>The receiving service's answer to a handover, through the command the host uses, by someone in that service's role.</summary>
[Binding]
public sealed class HandoverSteps(PathwayWorld world, CaseUnderTest theCase)
{
    [When(@"the receiving service accepts the handover")]
    public async Task WhenAccepted() =>
        await world.SendAsync(new RespondToHandover(theCase.Id, true, null, await ReceivingServiceAsync()));

    [When(@"the receiving service declines the handover because (.+)")]
    public async Task WhenDeclined(string reason) =>
        await world.SendAsync(new RespondToHandover(theCase.Id, false, reason, await ReceivingServiceAsync()));

    /// <summary>An answer the scenario expects may be refused; a Then step says whether and why.</summary>
    [When(@"the receiving service tries to accept the handover")]
    public async Task WhenTriesToAccept()
    {
        try
        {
            await world.SendAsync(new RespondToHandover(theCase.Id, true, null, await ReceivingServiceAsync()));
        }
        catch (CommandRejectedException ex)
        {
            theCase.Refusal = ex;
        }
    }

    /// <summary>Staff of the service the open handover asks; the coordinator answers for a service with no role of its own.</summary>
    private async Task<Actor> ReceivingServiceAsync()
    {
        var service = await world.ReadAsync(db => db.Handovers.Where(h => h.CaseId == theCase.Id && h.Status == HandoverStatus.Requested)
            .OrderByDescending(h => h.Id).Select(h => h.ReceivingService).FirstOrDefaultAsync());
        return theCase.Staff(service is not null && HandoverPermissions.ResponderRoles.GetValueOrDefault(service) is { } role ? role : "coordinator");
    }
}
