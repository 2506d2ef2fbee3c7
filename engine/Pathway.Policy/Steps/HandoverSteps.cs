using Pathway.Cases.Handovers;
using Pathway.Policy.Support;
using TechTalk.SpecFlow;

namespace Pathway.Policy.Steps;

/// <summary>The receiving service's answer to a handover, through the command the host uses.</summary>
[Binding]
public sealed class HandoverSteps(PathwayWorld world, CaseUnderTest theCase)
{
    [When(@"the receiving service accepts the handover")]
    public async Task WhenAccepted() =>
        await world.SendAsync(new RespondToHandover(theCase.Id, true, null, CaseUnderTest.Staff("receiving-service")));

    [When(@"the receiving service declines the handover because (.+)")]
    public async Task WhenDeclined(string reason) =>
        await world.SendAsync(new RespondToHandover(theCase.Id, false, reason, CaseUnderTest.Staff("receiving-service")));
}
