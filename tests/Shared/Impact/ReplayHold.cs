using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pathway.DesignerHost.Impact;
using Pathway.Runtime.Definitions;

namespace Pathway.Testing;

/// <summary>
/// A switch for tests of impact runs: while it is closed, every replay (of any kind of draft) waits before its
/// first case (the real replay, unchanged, once it opens), so a test can watch a run in progress and cancel it.
/// </summary>
public sealed class ReplayHold : IDisposable
{
    private readonly ManualResetEventSlim _open = new(true);

    public void Close() => _open.Reset();

    public void Open() => _open.Set();

    /// <summary>Wraps each of the host's replays (one per kind of draft) in a held one.</summary>
    public void Install(IServiceCollection services)
    {
        var replays = services.Where(d => d.ServiceType == typeof(IDraftReplay)).ToList();
        services.RemoveAll<IDraftReplay>();
        foreach (var replay in replays)
            services.AddScoped<IDraftReplay>(sp => new HeldReplay((IDraftReplay)replay.ImplementationFactory!(sp), _open));
    }

    public void Dispose() => _open.Dispose();

    private sealed class HeldReplay(IDraftReplay real, ManualResetEventSlim open) : IDraftReplay
    {
        public DefinitionKind Kind => real.Kind;

        public async Task<DraftPreparation> PrepareAsync(string key, string locality, CancellationToken cancellationToken)
        {
            var prepared = await real.PrepareAsync(key, locality, cancellationToken);
            if (prepared.Replay is not { } replay)
                return prepared;
            return prepared with
            {
                Replay = replay with
                {
                    Replay = (cases, progress, ct) =>
                    {
                        open.Wait(TimeSpan.FromSeconds(60), CancellationToken.None);
                        return replay.Replay(cases, progress, ct);
                    },
                },
            };
        }
    }
}
