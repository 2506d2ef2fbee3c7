using Pathway.Runtime.Commands;
using Pathway.Specs.Support;
using TechTalk.SpecFlow;

namespace Pathway.Specs.Steps;

/// <summary>The receiving service's answer to a handover, as the message the pathway waits for.</summary>
[Binding]
public sealed class HandoverSteps(PathwayWorld world, CaseUnderTest theCase)
{
    private const string HandoverResponse = "handover-response";

    [When(@"the receiving service accepts the handover")]
    public async Task WhenAccepted() =>
        await world.SendAsync(new DeliverMessage(theCase.Id, HandoverResponse,
            new Dictionary<string, object?> { ["handoverAccepted"] = true }, CaseUnderTest.Staff("receiving-service")));

    [When(@"the receiving service declines the handover because (.+)")]
    public async Task WhenDeclined(string reason) =>
        await world.SendAsync(new DeliverMessage(theCase.Id, HandoverResponse,
            new Dictionary<string, object?> { ["handoverAccepted"] = false, ["declineReason"] = reason }, CaseUnderTest.Staff("receiving-service")));
}
