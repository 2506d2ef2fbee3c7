namespace Pathway.Runtime.Activities;

/// <summary>Runs the published version of a rule set for the case's locality.</summary>
public interface IRuleSetActivity
{
    ValueTask<ActivityOutcome> DecideAsync(ActivityRequest request, CancellationToken cancellationToken);
}
