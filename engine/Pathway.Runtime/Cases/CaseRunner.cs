using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pathway.Engine.Model;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Activities;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Outbox;
using Pathway.Runtime.Storage;
using Pathway.Runtime.Telemetry;
using Pathway.Runtime.Timers;

namespace Pathway.Runtime.Cases;

/// <summary>
/// Runs one command against one case as one unit with the case's version check: load the case,
/// check and decide on that state, perform the rule sets and services the interpreter waits on,
/// and save state, bookmarks, tasks, journal, timer outbox, outbox (and any case a call activity
/// started) and the command's own rows in one transaction that first checks the case is still at
/// the revision read. Two commands racing on
/// a case: the loser runs again on fresh state, where its checks refuse it (409) if the winner
/// took what it needed, so nothing is applied twice and nothing is half-written.
/// </summary>
public sealed partial class CaseRunner(
    PathwayDbContext db,
    PathwayModelCache models,
    Interpreter interpreter,
    ActivityDispatcher activities,
    DefinitionQueries definitions,
    TimeProvider clock,
    TimerSignal timerSignal,
    OutboxSignal outboxSignal,
    GroupCommit commits,
    IEnumerable<ITimerChainObserver> timerObservers,
    ILogger<CaseRunner> logger)
{
    private const int MaxAttempts = 8;
    private const int MaxActivitiesPerCommand = 100;

    /// <summary>Extra rows a command writes in the same transaction (a referral, an assessment).</summary>
    public delegate void Stage(PathwayDbContext db, CaseOutcome outcome);

    /// <summary>
    /// Reads what the command depends on besides the case state (its task, the handover it answers)
    /// in the same attempt, and refuses with a <see cref="CommandRejectedException"/> if it no longer applies.
    /// </summary>
    public delegate Task Check(PathwayDbContext db, CaseRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a case on a pathway version, in the locality its <c>locality</c> variable names: at
    /// its none start, or at the message start for <paramref name="message"/>.
    /// </summary>
    public async Task<CaseOutcome> StartAsync(
        long definitionId, string locality, IReadOnlyDictionary<string, object?> variables, string actor,
        CancellationToken cancellationToken, Guid? caseId = null, Stage? stage = null, StartingMessage? message = null)
    {
        var id = caseId ?? Guid.CreateVersion7(clock.GetUtcNow());
        return await AboutCaseAsync(id, () => StartUntilSavedAsync(id, definitionId, locality, variables, actor, stage, message, cancellationToken));
    }

    private async Task<CaseOutcome> StartUntilSavedAsync(
        Guid id, long definitionId, string locality, IReadOnlyDictionary<string, object?> variables, string actor, Stage? stage, StartingMessage? message,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var step = new Step(actor, now);
        var activation = await StageStartAsync(new CaseRecord { Id = id, PathwayDefinitionId = definitionId, Locality = locality, StateJson = "", StartedAt = now },
            variables, step, depth: 0, [], cancellationToken, message);
        var outcome = new CaseOutcome(id, activation.State, activation.Effects);
        stage?.Invoke(db, outcome);
        await commits.SaveAsync(db, cancellationToken);
        Committed(step);
        return outcome;
    }

    /// <summary>
    /// Starts a case in the command's unit of work, without saving: the interpreter's first step,
    /// its activities (and any cases its call activities start), and its rows.
    /// </summary>
    private async Task<Activation> StageStartAsync(
        CaseRecord record, IReadOnlyDictionary<string, object?> variables, Step step, int depth, IReadOnlyList<Effect> before,
        CancellationToken cancellationToken, StartingMessage? message = null)
    {
        var model = await models.GetAsync(record.PathwayDefinitionId, cancellationToken);
        var activation = interpreter.Start(model, variables, step.Now, message?.Name, message?.CorrelationKey);
        activation = activation with { Effects = [.. before, .. activation.Effects] };
        activation = await PerformActivitiesAsync(record.Id, record.Locality, model, activation, step, depth, cancellationToken);
        db.Cases.Add(record);
        // A called case that ended in its first step is answered in that same step, not through the outbox.
        var answered = depth > 0 && activation.State.Status != CaseStatus.Running;
        await new CaseChangeWriter(db, model, record, new CaseState(), step.Actor, step.Now, tellsCallingCase: !answered).WriteAsync(activation, cancellationToken);
        step.Saw(record.Id, activation);
        return activation;
    }

    /// <summary>
    /// Applies the event <paramref name="decide"/> makes from the case's current state. It may
    /// run more than once (after a lost race), so it must only read the state it is given.
    /// </summary>
    public Task<CaseOutcome> ApplyAsync(
        Guid caseId, Func<CaseState, CaseEvent> decide, string actor,
        CancellationToken cancellationToken, Stage? stage = null, Check? check = null)
        => AboutCaseAsync(caseId, () => ApplyUntilSavedAsync(caseId, decide, actor, stage, check, null, cancellationToken));

    /// <summary>As above, on the case as the command already read it with its task (see <see cref="ReadCaseAsync"/>).</summary>
    public Task<CaseOutcome> ApplyAsync(
        CaseRecord tracked, Func<CaseState, CaseEvent> decide, string actor,
        CancellationToken cancellationToken, Stage? stage = null, Check? check = null)
        => AboutCaseAsync(tracked.Id, () => ApplyUntilSavedAsync(tracked.Id, decide, actor, stage, check, tracked, cancellationToken));

    private async Task<CaseOutcome> ApplyUntilSavedAsync(
        Guid caseId, Func<CaseState, CaseEvent> decide, string actor, Stage? stage, Check? check, CaseRecord? tracked, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var record = await ReadCaseAsync(caseId, attempt, tracked, cancellationToken);
            if (check is not null)
                await check(db, record, cancellationToken);
            var model = await models.GetAsync(record.PathwayDefinitionId, cancellationToken);
            var before = CaseStateJson.Deserialize(record.StateJson);
            var now = clock.GetUtcNow();
            var activation = interpreter.Apply(model, before, decide(before), now);
            if (activation.Effects.Count == 0)
                return new CaseOutcome(caseId, before, []);
            var step = new Step(actor, now);
            activation = await PerformActivitiesAsync(caseId, record.Locality, model, activation, step, depth: 0, cancellationToken);
            var outcome = new CaseOutcome(caseId, activation.State, activation.Effects);
            await new CaseChangeWriter(db, model, record, before, actor, now).WriteAsync(activation, cancellationToken);
            step.Saw(caseId, activation);
            stage?.Invoke(db, outcome);
            try
            {
                await commits.SaveAsync(db, cancellationToken);
                Committed(step);
                return outcome;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another command changed the case first: run again on its result.
            }
            catch (DbUpdateConcurrencyException)
            {
                throw Busy(caseId);
            }
        }
    }

    /// <summary>
    /// Runs case work that is not an interpreter step (a claim, a review, an ad-hoc task) as one
    /// unit with the case's version check. <paramref name="work"/> reads what it needs, refuses or
    /// stages its rows; it runs again on fresh state after a lost race, so it must start from what
    /// it reads, never from what an earlier attempt saw. <paramref name="save"/> replaces the
    /// default save for a command whose second row needs the first one's generated key.
    /// </summary>
    public Task<T> WorkAsync<T>(
        Guid caseId, Func<CaseRecord, CancellationToken, Task<T>> work, CancellationToken cancellationToken,
        Func<DbContext, Task>? save = null)
        => AboutCaseAsync(caseId, () => WorkUntilSavedAsync(caseId, work, save, null, cancellationToken));

    /// <summary>As above, on the case as the command already read it with its task (see <see cref="ReadCaseAsync"/>).</summary>
    public Task<T> WorkAsync<T>(
        CaseRecord tracked, Func<CaseRecord, CancellationToken, Task<T>> work, CancellationToken cancellationToken,
        Func<DbContext, Task>? save = null)
        => AboutCaseAsync(tracked.Id, () => WorkUntilSavedAsync(tracked.Id, work, save, tracked, cancellationToken));

    private async Task<T> WorkUntilSavedAsync<T>(
        Guid caseId, Func<CaseRecord, CancellationToken, Task<T>> work, Func<DbContext, Task>? save, CaseRecord? tracked, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var record = await ReadCaseAsync(caseId, attempt, tracked, cancellationToken);
            var read = record.Revision;
            var result = await work(record, cancellationToken);
            if (!db.ChangeTracker.HasChanges())
                return result;
            // Every change to a case's work moves its revision, so a racing command sees it.
            if (record.Revision == read)
                record.Revision++;
            try
            {
                await commits.SaveAsync(db, save, cancellationToken);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another command changed the case first: decide again on its result.
            }
            catch (DbUpdateConcurrencyException)
            {
                throw Busy(caseId);
            }
        }
    }

    /// <summary>
    /// The case an attempt starts from. A command that read its task and case together, in one
    /// statement (<see cref="RowsById.TaskWithCaseAsync"/>), hands the case in as <paramref name="tracked"/>: the first attempt
    /// starts from that snapshot, with the task still tracked beside it, rather than reading both again.
    /// Every later attempt (after a lost race) forgets what it tracked and reads the case afresh.
    /// </summary>
    private async Task<CaseRecord> ReadCaseAsync(Guid caseId, int attempt, CaseRecord? tracked, CancellationToken cancellationToken)
    {
        if (attempt == 1 && tracked is not null)
            return tracked;
        db.ChangeTracker.Clear();
        return await RowsById.Case.RunAsync(db, caseId, cancellationToken) ?? throw new CaseNotFoundException(caseId);
    }

    private static CommandRejectedException Busy(Guid caseId) =>
        new(Rejection.Conflict, ApiErrors.CaseBusy, $"case {caseId} kept changing while this was being saved ({MaxAttempts} attempts); reload it and try again");

    /// <summary>
    /// Rule sets and services run inside the command, so a case start reaches its first real wait
    /// at once; a call activity reached in this command starts its called case in it too.
    /// </summary>
    private async Task<Activation> PerformActivitiesAsync(
        Guid caseId, string locality, PathwayModel model, Activation activation, Step step, int depth, CancellationToken cancellationToken)
    {
        var effects = new List<Effect>(activation.Effects);
        var state = activation.State;
        var calls = new HashSet<string>(StringComparer.Ordinal);
        for (var performed = 0; ; performed++)
        {
            var pending = state.Bookmarks.Find(b => b.Kind is BookmarkKind.RuleSet or BookmarkKind.Service)
                ?? state.Bookmarks.Find(b => b.Kind == BookmarkKind.Call && !calls.Contains(b.Id) && CreatedIn(effects, b));
            if (pending is null)
                return new Activation(state, effects);
            if (performed == MaxActivitiesPerCommand)
                throw new InvalidOperationException($"case {caseId} asked for more than {MaxActivitiesPerCommand} activities in one command");
            CaseEvent? result;
            if (pending.Kind == BookmarkKind.Call)
            {
                calls.Add(pending.Id);
                result = await StartCalledCaseAsync(new CallingCase(caseId, locality, model, pending, depth), effects, step, cancellationToken);
                if (result is null)
                    continue;
            }
            else
            {
                var outcome = await activities.PerformAsync(new ActivityRequest(caseId, locality, pending, state.Variables, step.Now), cancellationToken);
                if (outcome.Explanation is not null)
                    effects.Add(new Journaled(new JournalEntry(RuntimeJournalKinds.RulesDecided, step.Now, pending.NodeId, outcome.Explanation)));
                result = outcome.Failed
                    ? new ActivityFailed(pending.Id, outcome.ErrorCode!, outcome.Error!)
                    : new ActivityCompleted(pending.Id, outcome.Output);
            }
            var next = interpreter.Apply(model, state, result, step.Now);
            effects.AddRange(next.Effects);
            state = next.State;
        }
    }

    /// <summary>Every line logged while <paramref name="run"/> works carries the case id, and so does an exception that leaves it.</summary>
    private async Task<T> AboutCaseAsync<T>(Guid caseId, Func<Task<T>> run)
    {
        using var log = CaseLog.Begin(logger, caseId);
        try
        {
            return await run();
        }
        catch (Exception ex) when (CaseLog.Mark(ex, caseId))
        {
            throw;
        }
    }

    private static bool CreatedIn(List<Effect> effects, Bookmark bookmark) =>
        effects.Exists(e => e is BookmarkCreated created && created.Bookmark.Id == bookmark.Id);

    /// <summary>
    /// After the commit: incidents are counted and logged with their code and case, and the timer
    /// and outbox dispatchers woken if the step wrote their rows.
    /// </summary>
    private void Committed(Step step)
    {
        foreach (var (caseId, incident) in step.Incidents)
        {
            PathwayTelemetry.Incidents.Add(1, new KeyValuePair<string, object?>("code", incident.Code));
            logger.LogWarning("Incident {IncidentId} on case {CaseId} at {NodeId}: {ErrorCode} {Message}",
                incident.Id, caseId, incident.NodeId, incident.Code, incident.Message);
        }
        if (step.WroteTimers)
        {
            foreach (var observer in timerObservers)
                observer.Reached(TimerChainStep.OutboxCommitted);
            timerSignal.Notify();
        }
        if (step.WroteOutbox)
            outboxSignal.Notify();
    }

    /// <summary>One command's step over one or more cases (a case and the cases its call activities started): who, when, and what it wrote.</summary>
    private sealed class Step(string actor, DateTimeOffset now)
    {
        public string Actor { get; } = actor;

        public DateTimeOffset Now { get; } = now;

        public bool WroteTimers { get; private set; }

        public bool WroteOutbox { get; private set; }

        /// <summary>Incidents raised in the step, with the case each is on.</summary>
        public List<(Guid CaseId, Incident Incident)> Incidents { get; } = [];

        public void Saw(Guid caseId, Activation activation)
        {
            Incidents.AddRange(activation.Effects.OfType<IncidentRaised>().Select(raised => (caseId, raised.Incident)));
            WroteTimers |= activation.Effects.Any(e => e is BookmarkCreated { Bookmark.Kind: BookmarkKind.Timer } or BookmarkRemoved { Bookmark.Kind: BookmarkKind.Timer, Cancelled: true });
            WroteOutbox |= activation.Effects.Any(e => e is MessageSent or SignalThrown or CaseEnded or BookmarkRemoved { Bookmark.Kind: BookmarkKind.Call, Cancelled: true });
        }
    }
}
