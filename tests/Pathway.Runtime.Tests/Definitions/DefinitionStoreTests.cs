using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Definitions.Kinds;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Definitions;

public sealed class DefinitionStoreTests : IAsyncLifetime
{
    private const string Key = "escalation";
    private TestEngine _engine = null!;
    private readonly HeldGate _gate = new();

    public async Task InitializeAsync() => _engine = await TestEngine.StartAsync(s => s.AddSingleton<IPublishGate>(_gate));

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task SeedingFromTheRepository_MakesEachShippedFileVersionOnePublished()
    {
        var rows = await _engine.QueryAsync(db => db.Definitions.AsNoTracking().ToListAsync());

        Assert.Contains(rows, d => d is { Kind: DefinitionKind.Pathway, Key: "admission-avoidance", Locality: "national", Version: 1, Status: DefinitionStatus.Published });
        Assert.Contains(rows, d => d is { Kind: DefinitionKind.RuleSet, Key: "best-placed-assessor", Locality: "north-shire", Version: 1 });
        Assert.All(rows, d => Assert.Equal(Engine.Definitions.ContentHash.Of(d.Content), d.ContentHash));
    }

    [Fact]
    public async Task SaveDraft_TheSameContentTwice_KeepsOneDraftVersion()
    {
        var json = await NationalAsync();
        var first = await _engine.SendAsync(new SaveDraft(DefinitionKind.RuleSet, Key, "national", json + " ", TestEngine.Coordinator));
        var second = await _engine.SendAsync(new SaveDraft(DefinitionKind.RuleSet, Key, "national", json + " ", TestEngine.Coordinator));

        Assert.Equal(2, first.Draft.Version);
        Assert.Equal(first.Draft.Id, second.Draft.Id);
        Assert.Empty(second.Problems);
    }

    [Fact]
    public async Task SaveDraft_ThatDoesNotParse_IsRefusedNamingTheLine_AndStoresNothing()
    {
        var refused = await Assert.ThrowsAsync<DefinitionNotWellFormedException>(() =>
            _engine.SendAsync(new SaveDraft(DefinitionKind.RuleSet, Key, "national", "{\n  \"WorkflowName\": ", TestEngine.Coordinator)));

        Assert.Equal("PW3001", refused.Problem.Code);
        Assert.Equal(0, await _engine.QueryAsync(db => db.Definitions.CountAsync(d => d.Status == DefinitionStatus.Draft)));
    }

    [Fact]
    public async Task RollBack_PublishesTheEarlierContentAsANewVersion()
    {
        var original = await NationalAsync();
        await _engine.SendAsync(new SaveDraft(DefinitionKind.RuleSet, Key, "national", original.Replace("\"Rules\"", " \"Rules\"", StringComparison.Ordinal), TestEngine.Coordinator));
        await _engine.SendAsync(new PublishDefinition(DefinitionKind.RuleSet, Key, "national", TestEngine.Coordinator));

        var rolledBack = await _engine.SendAsync(new RollBackDefinition(DefinitionKind.RuleSet, Key, "national", 1, TestEngine.Coordinator));

        Assert.Equal(3, rolledBack.Version);
        Assert.Equal(original, rolledBack.Content);
        var versions = await _engine.QueryAsync(db => db.Definitions.AsNoTracking().Where(d => d.Kind == DefinitionKind.RuleSet && d.Key == Key && d.Locality == "national").OrderBy(d => d.Version).ToListAsync());
        Assert.Equal([DefinitionStatus.Superseded, DefinitionStatus.Superseded, DefinitionStatus.Published], versions.Select(v => v.Status));
    }

    [Fact]
    public async Task Compare_TwoVersions_ShowsTheChangedLinesOnly()
    {
        var original = await NationalAsync();
        var changed = original.Replace("\"Rules\"", "\"Rules\" ", StringComparison.Ordinal);
        await _engine.SendAsync(new SaveDraft(DefinitionKind.RuleSet, Key, "national", changed, TestEngine.Coordinator));

        var comparison = await _engine.QueryAsync(db => new DefinitionQueries(db, new PublishedPathways(TimeProvider.System)).CompareAsync(DefinitionKind.RuleSet, Key, "national", 1, 2, CancellationToken.None));

        Assert.False(comparison.Same);
        var removed = Assert.Single(comparison.Lines, l => l.Change == '-');
        var added = Assert.Single(comparison.Lines, l => l.Change == '+');
        Assert.Contains("\"Rules\"", removed.Text, StringComparison.Ordinal);
        Assert.Equal(removed.Before, added.After);
    }

    [Fact]
    public async Task TwoDesignersPublishingAtOnce_OneWins_TheOtherIsToldTheCurrentVersion()
    {
        await _engine.SendAsync(new SaveDraft(DefinitionKind.RuleSet, Key, "national", (await NationalAsync()) + "\n", TestEngine.Coordinator));

        // given the first publish held inside the gate
        _gate.HoldNext();
        var first = _engine.SendAsync(new PublishDefinition(DefinitionKind.RuleSet, Key, "national", TestEngine.Coordinator));
        await _gate.Held;

        // when a second designer publishes meanwhile, and the first carries on
        var second = await _engine.SendAsync(new PublishDefinition(DefinitionKind.RuleSet, Key, "national", TestEngine.Clinician));
        _gate.Release();

        // then the first is refused as a conflict naming the version now published
        var conflict = await Assert.ThrowsAsync<DefinitionConflictException>(() => first);
        Assert.Equal(2, second.Version);
        Assert.Equal(2, conflict.PublishedVersion);
        Assert.Equal(1, await _engine.QueryAsync(db => db.Definitions.CountAsync(d => d.Kind == DefinitionKind.RuleSet && d.Key == Key && d.Locality == "national" && d.Status == DefinitionStatus.Published)));
    }

    [Fact]
    public async Task Publish_OfADraftSomeoneElsePublishedFirst_IsAConflictNamingTheCurrentVersion()
    {
        var draft = await _engine.SendAsync(new SaveDraft(DefinitionKind.RuleSet, Key, "national", (await NationalAsync()) + "\n", TestEngine.Coordinator));
        await _engine.SendAsync(new PublishDefinition(DefinitionKind.RuleSet, Key, "national", TestEngine.Clinician, ExpectedVersion: draft.Draft.Version));

        var conflict = await Assert.ThrowsAsync<DefinitionConflictException>(() =>
            _engine.SendAsync(new PublishDefinition(DefinitionKind.RuleSet, Key, "national", TestEngine.Coordinator, ExpectedVersion: draft.Draft.Version)));

        Assert.Equal(2, conflict.PublishedVersion);
    }

    [Fact]
    public async Task Publish_WhenThePolicyRunFails_PublishesNothingAndKeepsTheDraft()
    {
        var json = (await NationalAsync()) + "\n";
        await _engine.SendAsync(new SaveDraft(DefinitionKind.RuleSet, Key, "national", json, TestEngine.Coordinator));
        var before = await _engine.QueryAsync(db => db.Definitions.AsNoTracking().Where(d => d.Key == Key).OrderBy(d => d.Id).Select(d => new { d.Id, d.Version, d.Status }).ToListAsync());

        // when the gate's run breaks part-way (the runner crashes, the disk fills)
        _gate.FailNext();
        await Assert.ThrowsAsync<IOException>(() => _engine.SendAsync(new PublishDefinition(DefinitionKind.RuleSet, Key, "national", TestEngine.Coordinator)));

        // then every version is as it was: version 1 published, the draft still a draft
        var after = await _engine.QueryAsync(db => db.Definitions.AsNoTracking().Where(d => d.Key == Key).OrderBy(d => d.Id).Select(d => new { d.Id, d.Version, d.Status }).ToListAsync());
        Assert.Equal(before, after);
        Assert.Contains(after, d => d.Version == 1 && d.Status == DefinitionStatus.Published);
        Assert.Contains(after, d => d.Version == 2 && d.Status == DefinitionStatus.Draft);
    }

    private Task<string> NationalAsync() => _engine.QueryAsync(db =>
        db.Definitions.Where(d => d.Kind == DefinitionKind.RuleSet && d.Key == Key && d.Locality == "national" && d.Version == 1).Select(d => d.Content).SingleAsync());

    /// <summary>A gate that passes everything, and can hold one publish inside it so a second can overtake.</summary>
    private sealed class HeldGate : IPublishGate
    {
        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _holdNext;

        public Task Held => _held.Task;

        public void HoldNext() => _holdNext = 1;

        public void Release() => _release.TrySetResult();

        private int _failNext;

        public void FailNext() => _failNext = 1;

        public async Task<GateVerdict> CheckAsync(DefinitionRecord candidate, PublishRequest request, CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref _failNext, 0) == 1)
                throw new IOException("the policy run could not write its throwaway database");
            if (Interlocked.Exchange(ref _holdNext, 0) == 1)
            {
                _held.TrySetResult();
                await _release.Task;
            }
            return new GateVerdict(0, []);
        }

        public Task PublishedAsync(DefinitionRecord published, PublishRequest request, GateVerdict? verdict, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
