using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Pathway.Runtime.Storage;

/// <summary>
/// The reads every case and task command starts with, compiled once rather than translated on
/// each command (translation and its cache lookup cost more than the read itself).
/// </summary>
public static class RowsById
{
    /// <summary>The case, tracked: the command changes it under its version check.</summary>
    public static readonly CompiledPerModel<Guid, CaseRecord?> Case = new((db, id, _) => db.Cases.SingleOrDefault(c => c.Id == id));

    /// <summary>The case as stored, untracked: to check who may act on it.</summary>
    public static readonly CompiledPerModel<Guid, CaseRecord?> CaseAsRead = new((db, id, _) => db.Cases.AsNoTracking().SingleOrDefault(c => c.Id == id));

    private static readonly CompiledPerModel<long, TaskOfCase?> TaskAndCase = new((db, id, _) => db.WorkTasks
        .Where(t => t.Id == id)
        .Join(db.Cases, t => t.CaseId, c => c.Id, (t, c) => new TaskOfCase(t, c))
        .SingleOrDefault());

    /// <summary>
    /// The worklist task and its case, both tracked, read in one statement: one snapshot, from which a
    /// task command's first attempt can start (see <c>CaseRunner</c>'s tracked case) without reading either again.
    /// Found among the rows the context tracks when it has read them already (the team access check
    /// reads them before the handler does), so a command reads them once.
    /// </summary>
    public static async Task<TaskOfCase?> TaskWithCaseAsync(PathwayDbContext db, long taskId, CancellationToken cancellationToken) =>
        db.WorkTasks.Local.FindEntry(taskId)?.Entity is { } task && db.Cases.Local.FindEntry(task.CaseId)?.Entity is { } record
            ? new TaskOfCase(task, record)
            : await TaskAndCase.RunAsync(db, taskId, cancellationToken);
}

/// <summary>A worklist task and the case it belongs to, read together.</summary>
public sealed record TaskOfCase(WorkTaskRecord Task, CaseRecord Case);

/// <summary>
/// An EF query compiled once for each EF model. Not one static compiled query: that keeps the
/// model of the first context that runs it, and a PostgreSQL host also runs its policy specs on
/// an embedded SQLite store, whose model is another.
/// </summary>
public sealed class CompiledPerModel<TKey, TResult>(Expression<Func<PathwayDbContext, TKey, CancellationToken, TResult>> query)
{
    private readonly ConcurrentDictionary<IModel, Func<PathwayDbContext, TKey, CancellationToken, Task<TResult>>> _compiled = new();

    public Task<TResult> RunAsync(PathwayDbContext db, TKey key, CancellationToken cancellationToken) =>
        _compiled.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery(query))(db, key, cancellationToken);
}
