using Microsoft.Extensions.DependencyInjection;

namespace Pathway.Measures.Projection;

/// <summary>
/// Lets one caller at a time bring the projection up to date: the dashboard catches up
/// before it reads, and two requests folding the same rows would fight over the checkpoint.
/// </summary>
public sealed class ProjectionGate(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<long> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MeasuresProjection>().RunAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
