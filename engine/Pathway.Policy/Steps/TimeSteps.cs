using Pathway.Runtime.Commands;
using Pathway.Policy.Support;
using TechTalk.SpecFlow;

namespace Pathway.Policy.Steps;

/// <summary>Time passing: the fake clock moves on and every timer now due fires, as the host's timer service would.</summary>
[Binding]
public sealed class TimeSteps(PathwayWorld world)
{
    [When(@"(\d.*) pass(?:es)?")]
    public async Task WhenTimePasses(string duration)
    {
        world.Clock.Advance(PolicyWords.Duration(duration));
        await world.SendAsync(new FireDueTimers());
    }
}
