using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Pathway.Runtime.Storage;

/// <summary>
/// Commits concurrent case commands together: one writer takes every command waiting to be
/// saved, saves each in one SQLite transaction (each behind its own savepoint, so one
/// command's conflict fails only that command) and syncs once. Durability is unchanged —
/// a command is acknowledged only after its transaction is on disk — but one fsync serves
/// many commands, and commands queue here instead of spinning on SQLite's write lock.
/// </summary>
public sealed class GroupCommit : IAsyncDisposable
{
    private const int MaxBatch = 128;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly string _connectionString;
    private readonly Lazy<Task> _writer;

    public GroupCommit(PathwayRuntimeOptions options)
    {
        _connectionString = options.ConnectionString;
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
        SqliteConnection? connection = null;
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
                    batch.Add(next);
                try
                {
                    connection ??= await OpenAsync();
                    await CommitAsync(connection, batch);
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

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = SqlitePragmas.Statements;
        await pragmas.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task CommitAsync(SqliteConnection connection, List<Pending> batch)
    {
        var saved = new List<Pending>(batch.Count);
        var failed = new List<(Pending, Exception)>();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            foreach (var pending in batch)
            {
                if (await TrySaveAsync(pending, connection, transaction) is { } error)
                    failed.Add((pending, error));
                else
                    saved.Add(pending);
            }
            await transaction.CommitAsync();
        }
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
        private DbConnection? _own;

        public DbContext Context { get; } = context;

        public Func<DbContext, Task>? Save { get; } = save;

        public TaskCompletionSource Done { get; } = done;

        public void Borrow(DbConnection writer)
        {
            _own = Context.Database.GetDbConnection();
            Context.Database.SetDbConnection(writer, contextOwnsConnection: false);
        }

        /// <summary>Gives the context its own connection back, so the command can go on reading with it.</summary>
        public void Release()
        {
            Context.Database.UseTransaction(null);
            if (_own is not null)
                Context.Database.SetDbConnection(_own, contextOwnsConnection: true);
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
