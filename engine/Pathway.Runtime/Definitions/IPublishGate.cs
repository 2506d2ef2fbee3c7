using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Definitions;

/// <summary>
/// Asked before every publish with the would-be version: the policy library runs the specs that
/// apply against the version sets it reaches. A failing verdict refuses the publish unless the
/// request carries a written override reason.
/// </summary>
public interface IPublishGate
{
    Task<GateVerdict> CheckAsync(DefinitionRecord candidate, PublishRequest request, CancellationToken cancellationToken);

    /// <summary>Told once the version is published, with the verdict it passed (or was overridden on).</summary>
    Task PublishedAsync(DefinitionRecord published, PublishRequest request, GateVerdict? verdict, CancellationToken cancellationToken);
}

/// <summary>What the gate found: each failing scenario with where and why.</summary>
public sealed record GateVerdict(int ScenariosRun, IReadOnlyList<GateFailure> Failures)
{
    public bool Passed => Failures.Count == 0;
}

/// <summary>One failing scenario: the locality it ran for, the spec (file key) and feature, scenario (with example row), step, and expected against actual.</summary>
public sealed record GateFailure(string Locality, string Spec, string Feature, string Scenario, string? Step, string Message);

/// <summary>Publishing refused: the would-be version fails policy and no override reason was given. Nothing was published.</summary>
public sealed class PolicyGateRefusedException(DefinitionRecord candidate, GateVerdict verdict)
    : Exception($"{DefinitionStore.Words(candidate.Kind)} '{candidate.Key}' ({candidate.Locality}) fails {verdict.Failures.Count} policy scenario(s): "
        + string.Join("; ", verdict.Failures.Take(5).Select(f => $"{f.Feature} / {f.Scenario}: {f.Message}")))
{
    public GateVerdict Verdict { get; } = verdict;
}
