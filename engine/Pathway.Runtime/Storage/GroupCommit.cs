using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Pathway.Runtime.Storage;

/// <summary>
/// Commits concurrent case commands together: one writer takes every command waiting to be
/// saved, saves each in one transaction (each behind its own savepoint, so one
/// command's conflict fails only that command) and syncs once. Durability is unchanged —
/// a command is acknowledged only after its transaction is on disk — but one fsync serves
/// many commands, and commands queue here instead of spinning on SQLite's write lock. On PostgreSQL
/// the same group is one transaction too: one WAL flush at its commit.
/// </summary>
public sealed class GroupCommit : IAsyncDisposable
{
    private const int MaxBatch = 128;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly string _connectionString;
    private readonly DatabaseProvider _provider;
    private readonly Lazy<Task> _writer;

    public GroupCommit(PathwayRuntimeOptions options)
    {
        _connectionString = options.ConnectionString;
        _provider = options.Provider;
        _writer = new Lazy<Task>(() => Task.Run(WriteAsync));
    }

    /// <summary>Saves the context's changes as part of the next group; returns once they are durable.</summary>
    public Task SaveAsync(DbContext context, CancellationToken cancellationToken) => SaveAsync(context, null, cancellationToken);

    /// <summary>
    /// As <see cref="SaveAsync(DbContext, CancellationToken)"/>, with the command's own <paramref name="save"/>
    /// (for a command whose second row needs the first one's generated key), run inside the command's savepoint.
    /// A save that accepts changes early must run on a fresh context when it is retried.
    /// </summary>
    public Task SaveAsync(DbContext context, Func<DbContext, Task>? save, CancellationToken cancellationToken)
    {
        var pending = new Pending(context, save, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);
        _ = _writer.Value;
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writer.IsValueCreated)
            await _writer.Value;
    }

    private async Task WriteAsync()
    {
        DbConnection? connection = null;
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
                    batch.Add(next);
                try
                {
                    var idle = connection;
                    connection = null;
                    (connection, var transaction) = await BeginGroupAsync(idle);
                    await CommitAsync(transaction, batch);
                }
                catch (Exception ex)
                {
                    // Opening, beginning or committing failed (disk full, I/O error): nothing in the
                    // group is durable, every command in it fails, and the next group starts afresh.
                    foreach (var pending in batch)
                        pending.Fail(ex);
                    if (connection is not null)
                        await connection.DisposeAsync();
                    connection = null;
                }
                batch.Clear();
            }
        }
        finally
        {
            if (connection is not null)
                await connection.DisposeAsync();
        }
    }

    /// <summary>
    /// Taken first, so groups from several hosts queue on it rather than deadlock over it
    /// half-way (see <see cref="DatabaseLocks.JournalOrder"/>).
    /// </summary>
    private static async Task HoldJournalOrderAsync(DbConnection connection, DbTransaction transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = DatabaseLocks.Sql(DatabaseLocks.JournalOrder);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Begins a group's transaction. The writer's connection may have died while it waited (the
    /// database restarted, the network dropped); nothing of the group is written yet, so beginning
    /// once more on a fresh connection is safe, and the first group after an outage succeeds.
    /// </summary>
    private async Task<(DbConnection, DbTransaction)> BeginGroupAsync(DbConnection? idle)
    {
        if (idle is not null)
        {
            try
            {
                return (idle, await BeginAsync(idle));
            }
            catch (DbException)
            {
                await idle.DisposeAsync();
            }
        }
        var fresh = await DatabaseSetup.OpenAsync(_provider, _connectionString);
        try
        {
            return (fresh, await BeginAsync(fresh));
        }
        catch
        {
            await fresh.DisposeAsync();
            throw;
        }
    }

    private async Task<DbTransaction> BeginAsync(DbConnection connection)
    {
        var transaction = await connection.BeginTransactionAsync();
        try
        {
            if (_provider == DatabaseProvider.PostgreSQL)
                await HoldJournalOrderAsync(connection, transaction);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    private async Task CommitAsync(DbTransaction transaction, List<Pending> batch)
    {
        var saved = new List<Pending>(batch.Count);
        var failed = new List<(Pending, Exception)>();
        var connection = transaction.Connection!;
        await using (transaction)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (await TrySaveAsync(batch[i], connection, transaction) is { } error)
                    failed.Add((batch[i], error));
                else
                    saved.Add(batch[i]);
                // Commands that arrived while this group was being written join it: they share its
                // commit instead of waiting for a commit of their own.
                while (i == batch.Count - 1 && batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
                    batch.Add(next);
            }
            await transaction.CommitAsync();
        }
        // Recorded before anyone is told, so a command answered has its group counted.
        Telemetry.PathwayTelemetry.GroupSize.Record(batch.Count);
        foreach (var pending in saved)
        {
            pending.Context.ChangeTracker.AcceptAllChanges();
            pending.Release();
            pending.Done.TrySetResult();
        }
        // Told only now, so a command that lost a race to one earlier in its group reads the winner's
        // rows when it runs again, instead of the state from before the group.
        foreach (var (pending, error) in failed)
            pending.Fail(error);
    }

    private static async Task<Exception?> TrySaveAsync(Pending pending, DbConnection connection, DbTransaction transaction)
    {
        pending.Borrow(connection);
        try
        {
            await pending.Context.Database.UseTransactionAsync(transaction);
            // The group already wraps each command in its own savepoint.
            pending.Context.Database.AutoSavepointsEnabled = false;
            await transaction.SaveAsync("command");
            await (pending.Save ?? (context => context.SaveChangesAsync(acceptAllChangesOnSuccess: false)))(pending.Context);
            await transaction.ReleaseAsync("command");
            return null;
        }
        catch (Exception ex)
        {
            await transaction.RollbackAsync("command");
            return ex;
        }
    }

    /// <summary>A command's context waiting to be saved; it borrows the writer's connection only while saving.</summary>
    private sealed class Pending(DbContext context, Func<DbContext, Task>? save, TaskCompletionSource done)
    {
        private string? _own;

        public DbContext Context { get; } = context;

        public Func<DbContext, Task>? Save { get; } = save;

        public TaskCompletionSource Done { get; } = done;

        public void Borrow(DbConnection writer)
        {
            // EF disposes the context's own connection when it takes another; Npgsql's cannot be
            // reopened after that, so the context gets a fresh one of the same string back.
            _own = Context.Database.GetConnectionString();
            Context.Database.SetDbConnection(writer, contextOwnsConnection: false);
        }

        /// <summary>Gives the context a connection of its own back, so the command can go on reading with it.</summary>
        public void Release()
        {
            Context.Database.UseTransaction(null);
            if (_own is null)
                return;
            Context.Database.SetDbConnection(null);
            Context.Database.SetConnectionString(_own);
            _own = null;
        }

        public void Fail(Exception ex)
        {
            if (Done.Task.IsCompleted)
                return;
            Release();
            Done.TrySetException(ex);
        }
    }
}
