using Pathway.Runtime.Activities;

namespace Pathway.TimerHarness;

/// <summary>Stands in until the runtime registers the real rule-set activity; the harness pathway never calls it.</summary>
internal sealed class NoRuleSets : IRuleSetActivity
{
    public ValueTask<ActivityOutcome> DecideAsync(ActivityRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityOutcome.Fail("PW9999", "the timer harness runs no rule sets"));
}
