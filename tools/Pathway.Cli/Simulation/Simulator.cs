using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pathway.Cases.Assessments;
using Pathway.Cases.Closure;
using Pathway.Cases.Handovers;
using Pathway.Cases.Huddles;
using Pathway.Cases.Localities;
using Pathway.Cases.People;
using Pathway.Cases.Referrals;
using Pathway.Cases.Worklist;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cli.Simulation;

/// <summary>
/// Drives the real engine through simulated days: referrals start cases, synthetic staff work
/// the tasks the pathway offers through the case-work commands the host sends each form to
/// (an assessment, an MDT decision, a handover, a closure), other disciplines accept or
/// challenge assessments, receiving services answer handovers, and due timers fire as the fake
/// clock passes them. Events run in time order on one thread from one seeded random,
/// so a seed gives the same journal every time. Work due after the last day is left open, as
/// a live service would have it.
/// </summary>
public sealed class Simulator(IServiceProvider services, FakeTimeProvider clock, SimulationOptions options, ProgressBar? progress)
{
    private const string Channel = "simulation";
    private readonly Random _random = new(options.Seed);
    private readonly PriorityQueue<SimulationEvent, (DateTimeOffset, long)> _events = new();
    private readonly Dictionary<Guid, SyntheticReferral> _referrals = [];
    private long _order;
    private long _lastTaskId;

    public int CasesStarted { get; private set; }
    public int Commands { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var known = await Scoped(sp => sp.GetRequiredService<PathwayDbContext>().AllLocalitiesAsync(cancellationToken));
        if (options.Localities.FirstOrDefault(l => known.All(k => k.Code != l)) is { } unknown)
            throw new InvalidOperationException($"'{unknown}' is not a locality in the database; use {string.Join(", ", known.Select(k => k.Code))} (an administrator adds others at /admin/localities)");
        var generator = new ReferralGenerator(_random);
        var staff = new StaffBehaviour(_random);
        var start = Midnight(options.Start);
        var end = Midnight(options.Start.AddDays(options.Days));
        for (var day = 0; day < options.Days; day++)
        {
            foreach (var locality in options.Localities)
            {
                var count = (int)Math.Round(options.ReferralsPerDay * (0.8 + 0.4 * _random.NextDouble()));
                for (var i = 0; i < count; i++)
                {
                    var referral = generator.Next(locality, options.Start.AddDays(day));
                    Schedule(referral.At, new SimulationEvent.Refer(referral));
                }
            }
        }
        if (_events.TryPeek(out var first, out _) && first is SimulationEvent.Refer { Referral.CaseId: var firstId }
            && await Scoped(sp => sp.GetRequiredService<PathwayDbContext>().Cases.AnyAsync(c => c.Id == firstId, cancellationToken)))
            throw new InvalidOperationException($"the database already holds this simulation (seed {options.Seed}); use another --seed or --database, or delete the file");
        _lastTaskId = await Scoped(sp => sp.GetRequiredService<PathwayDbContext>().WorkTasks.MaxAsync(t => (long?)t.Id, cancellationToken)) ?? 0;

        while (_events.TryDequeue(out var next, out var key) && key.Item1 < end)
        {
            if (key.Item1 > clock.GetUtcNow())
                clock.SetUtcNow(key.Item1);
            await FireTimersAsync(staff, cancellationToken);
            await HandleAsync(next, staff, cancellationToken);
            await ScheduleNewTasksAsync(staff, cancellationToken);
            progress?.Report((clock.GetUtcNow() - start) / (end - start), $"{CasesStarted} cases");
        }
        clock.SetUtcNow(end);
        await FireTimersAsync(staff, cancellationToken);
        progress?.Done($"{CasesStarted} cases, {Commands} commands");
    }

    private async Task HandleAsync(SimulationEvent next, StaffBehaviour staff, CancellationToken cancellationToken)
    {
        switch (next)
        {
            case SimulationEvent.Refer refer:
                var referral = refer.Referral;
                _referrals[referral.CaseId] = referral;
                // The same intake command the API, FHIR and phone form send: validated, mapped to rule inputs, recorded.
                // Random synthetic NHS numbers can repeat with other details; nobody is there to confirm, so each case keeps what it was sent.
                var outcome = await Send(new RecordReferral(referral.Referral, Channel, Intake(referral), CaseId: referral.CaseId,
                    KnownPerson: KnownPersonDifferences.RecordForReview), cancellationToken);
                CasesStarted++;
                if (outcome is not null && staff.WithdrawnBeforeContact())
                    Schedule(clock.GetUtcNow().AddMinutes(_random.Next(10, 90)), new SimulationEvent.Withdraw(referral.CaseId));
                break;
            case SimulationEvent.Work work:
                var task = await Scoped(sp => sp.GetRequiredService<PathwayDbContext>().WorkTasks.AsNoTracking().SingleAsync(t => t.Id == work.TaskId, cancellationToken));
                // The pathway may have withdrawn it (an escalation, a cancelled case) while it waited.
                if (task.Status is WorkTaskStatus.Completed or WorkTaskStatus.Cancelled)
                    return;
                await WorkAsync(task, staff, cancellationToken);
                break;
            case SimulationEvent.Respond respond:
                var (accepted, declineReason) = staff.HandoverResponse();
                await Send(new RespondToHandover(respond.CaseId, accepted, declineReason, new Actor("receiving-service", "Receiving service", ["coordinator"], [_referrals[respond.CaseId].Team])), cancellationToken);
                break;
            case SimulationEvent.Review review:
                var reviewer = Reviewer(review.AssessorRole, _referrals[review.CaseId].Team);
                if (review.ChallengeReason is { } reason)
                    await Send(new ChallengeAssessment(review.CaseId, reason, reviewer), cancellationToken);
                else
                    await Send(new AcceptAssessment(review.CaseId, reviewer), cancellationToken);
                break;
            case SimulationEvent.Withdraw withdraw:
                var open = await Scoped(sp => sp.GetRequiredService<PathwayDbContext>().Cases.AnyAsync(c => c.Id == withdraw.CaseId && c.Status == Engine.Runtime.CaseStatus.Running
                    && !sp.GetRequiredService<PathwayDbContext>().Journal.Any(j => j.CaseId == c.Id && j.Kind == Pathway.Engine.Runtime.JournalKinds.TaskCompleted), cancellationToken));
                if (open)
                    await Send(new CancelCase(withdraw.CaseId, "referral withdrawn before first contact", Intake(_referrals[withdraw.CaseId])), cancellationToken);
                break;
        }
    }

    /// <summary>Completes a task as the host's complete endpoint would: a form with a case-work command goes through it, any other to the engine.</summary>
    private async Task WorkAsync(WorkTaskRecord task, StaffBehaviour staff, CancellationToken cancellationToken)
    {
        var person = _referrals[task.CaseId];
        var actor = Staff(task.Role, person.Team);
        var now = clock.GetUtcNow();
        switch (task.Form)
        {
            case AssessmentJournalKinds.Form:
                if (await Send(new RecordAssessment(task.Id, person.Findings, actor), cancellationToken) is not null && staff.Review() is var (after, challenge))
                    Schedule(now + after, new SimulationEvent.Review(task.CaseId, task.Role, challenge));
                break;
            case AssessmentJournalKinds.RevisionForm:
                await Send(new ReviseAssessment(task.Id, person.Findings with { MedicationConcerns = "evening doses missed; pharmacist review booked" }, actor), cancellationToken);
                break;
            case RecordMdtDecisionHandler.Form:
                await Send(new RecordMdtDecision(task.Id, staff.MdtDecision(person, now), actor), cancellationToken);
                break;
            case HandOverHandler.Form:
                var plan = staff.HandoverPlan();
                if (await Send(new HandOver(task.Id, plan, actor), cancellationToken) is not null && plan.HandoverRequired == true)
                    Schedule(now + staff.HandoverResponseDelay(Standard(person)), new SimulationEvent.Respond(task.CaseId));
                break;
            case CloseCaseHandler.Form:
                await Send(new CloseCase(task.Id, staff.Closure(person), actor), cancellationToken);
                break;
            case RecordMdtDecisionHandler.ActionForm:
                await Send(new CompleteTask(task.Id, new Dictionary<string, object?> { ["note"] = "done" }, actor), cancellationToken);
                break;
            case ReviewTasks.Form:
                // Done by the Review event's accept or challenge, as staff do it on the case page.
                break;
            default:
                await Send(new CompleteTask(task.Id, new Dictionary<string, object?> { ["acknowledged"] = true }, actor), cancellationToken);
                break;
        }
    }

    /// <summary>Every task the engine offered since the last look gets a member of staff and a time.</summary>
    private async Task ScheduleNewTasksAsync(StaffBehaviour staff, CancellationToken cancellationToken)
    {
        var last = _lastTaskId;
        var offered = await Scoped(sp => sp.GetRequiredService<PathwayDbContext>().WorkTasks.AsNoTracking()
            .Where(t => t.Id > last).OrderBy(t => t.Id).Select(t => new { t.Id, t.CaseId, t.NodeId, t.Form }).ToListAsync(cancellationToken));
        foreach (var task in offered)
        {
            _lastTaskId = task.Id;
            var standard = _referrals.TryGetValue(task.CaseId, out var person) ? Standard(person) : null;
            Schedule(clock.GetUtcNow() + staff.Delay(task.NodeId ?? task.Form ?? "", standard), new SimulationEvent.Work(task.Id));
        }
    }

    private async Task FireTimersAsync(StaffBehaviour staff, CancellationToken cancellationToken)
    {
        Commands += await Scoped(sp => sp.GetRequiredService<IMediator>().Send(new FireDueTimers(), cancellationToken).AsTask());
        await ScheduleNewTasksAsync(staff, cancellationToken);
    }

    private async Task<T?> Send<T>(ICommand<T> command, CancellationToken cancellationToken) where T : class
    {
        Commands++;
        try
        {
            return await Scoped(sp => sp.GetRequiredService<IMediator>().Send(command, cancellationToken).AsTask());
        }
        catch (CommandRejectedException)
        {
            // A simulated person acting on stale information is refused, as a real one would be.
            return null;
        }
    }

    private async Task<T> Scoped<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private void Schedule(DateTimeOffset at, SimulationEvent simulationEvent) => _events.Enqueue(simulationEvent, (at, _order++));

    /// <summary>The response standard triage set, read back from the case's own variables.</summary>
    private string? Standard(SyntheticReferral person) => _standards.TryGetValue(person.CaseId, out var standard) ? standard : LoadStandard(person.CaseId);

    private readonly Dictionary<Guid, string?> _standards = [];

    private string? LoadStandard(Guid caseId)
    {
        using var scope = services.CreateScope();
        var json = scope.ServiceProvider.GetRequiredService<PathwayDbContext>().Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.StateJson).Single();
        var state = CaseStateJson.Deserialize(json);
        return _standards[caseId] = state.Variables.GetValueOrDefault("responseStandard") as string;
    }

    private static Actor Intake(SyntheticReferral referral) => new("intake", "Single point of access", ["coordinator"], [referral.Team]);

    private static Actor Staff(string role, string team) => new($"sim-{role}", role, [role], [team]);

    /// <summary>A clinician of another discipline than the assessor's: only they may accept or challenge the assessment.</summary>
    private static Actor Reviewer(string assessorRole, string team)
    {
        var discipline = assessorRole == "occupational-therapist" ? "district-nurse" : "occupational-therapist";
        return new($"sim-{discipline}", discipline, [discipline, Disciplines.Clinician], [team]);
    }

    private static DateTimeOffset Midnight(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Engine.Time.ServiceTimeZone.UnitedKingdom), TimeSpan.Zero);
}
