namespace Pathway.Runtime.Activities;

/// <summary>A service a pathway's service task can call by <see cref="Name"/>.</summary>
public interface IServiceTask
{
    string Name { get; }

    ValueTask<ActivityOutcome> RunAsync(ActivityRequest request, CancellationToken cancellationToken);
}
