using TechTalk.SpecFlow;

namespace Pathway.Policy.Support;

/// <summary>Ends each scenario's runtime and deletes its database once its result is recorded.</summary>
[Binding]
public sealed class WorldHooks(PathwayWorld world)
{
    [AfterScenario(Order = 1000)]
    public async Task EndWorld() => await world.DisposeAsync();
}
