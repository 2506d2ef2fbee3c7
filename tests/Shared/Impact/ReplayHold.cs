using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pathway.DesignerHost.Impact;
using Pathway.Runtime.Definitions;

namespace Pathway.Testing;

/// <summary>
/// A switch for tests of impact runs: while it is closed, every rule-set replay waits before its
/// first case (the real replay, unchanged, once it opens), so a test can watch a run in progress and cancel it.
/// </summary>
public sealed class ReplayHold : IDisposable
{
    private readonly ManualResetEventSlim _open = new(true);

    public void Close() => _open.Reset();

    public void Open() => _open.Set();

    /// <summary>Puts the held replay in place of the host's rule-set replay.</summary>
    public void Install(IServiceCollection services)
    {
        services.RemoveAll<IDraftReplay>();
        services.AddScoped<IDraftReplay>(sp => new HeldReplay(sp.GetRequiredService<RuleSetDraftReplay>(), _open));
    }

    public void Dispose() => _open.Dispose();

    private sealed class HeldReplay(RuleSetDraftReplay real, ManualResetEventSlim open) : IDraftReplay
    {
        public DefinitionKind Kind => DefinitionKind.RuleSet;

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
