namespace Pathway.Cli.Simulation;

/// <summary>Something that happens at a simulated time: a referral, a member of staff finishing a task, a receiving service answering.</summary>
public abstract record SimulationEvent
{
    public sealed record Refer(SyntheticReferral Referral) : SimulationEvent;

    public sealed record Work(long TaskId) : SimulationEvent;

    public sealed record Respond(Guid CaseId) : SimulationEvent;

    public sealed record Withdraw(Guid CaseId) : SimulationEvent;

    /// <summary>Another discipline accepts the trusted assessment, or challenges it with a reason.</summary>
    public sealed record Review(Guid CaseId, string AssessorRole, string? ChallengeReason) : SimulationEvent;
}
