using System.Threading.Channels;

namespace Pathway.Runtime;

/// <summary>Wakes a dispatcher as soon as a command has written rows for it, instead of at its next poll, and runs the dispatcher's loop.</summary>
public abstract class WakeSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Waits for a notification or the polling interval, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan poll, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(poll, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await _channel.Reader.ReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// A dispatcher's loop: runs batches while they come back full, then waits for a wake or the poll,
    /// until stopped. A batch that fails is logged and tried again at the next wake; its rows stay where they are.
    /// </summary>
    public async Task RunAsync(Func<CancellationToken, Task<int>> batch, int batchSize, TimeSpan poll, TimeProvider clock,
        Action<Exception> failed, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await batch(stoppingToken) == batchSize)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed(ex);
            }
            await WaitAsync(poll, clock, stoppingToken);
        }
    }
}
