using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pathway.Runtime.Storage;

/// <summary>
/// Statements prepared on one SQLite connection and kept until it closes: the write path runs the
/// same few INSERTs and UPDATEs for every command, so each is parsed once per connection, and run
/// in whatever transaction the connection has open. Values are bound by position, converted as
/// Microsoft.Data.Sqlite would (a Guid as upper-case text, a bool as 0 or 1).
/// </summary>
internal sealed class SqliteStatements
{
    private static readonly ConditionalWeakTable<SqliteConnection, SqliteStatements> Connections = [];
    private readonly Dictionary<string, Statement> _prepared = new(StringComparer.Ordinal);
    private readonly SqliteConnection _connection;

    private SqliteStatements(SqliteConnection connection)
    {
        _connection = connection;
        // A closed connection's native handle goes back to the pool or away: its statements go with it.
        connection.StateChange += (_, change) =>
        {
            if (change.CurrentState == ConnectionState.Closed)
                FinalizeAll();
        };
    }

    public static SqliteStatements Of(SqliteConnection connection) =>
        Connections.GetValue(connection, static c => new SqliteStatements(c));

    public Statement Prepare(string sql)
    {
        var handle = _connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        if (_prepared.TryGetValue(sql, out var statement) && statement.Handle == handle)
            return statement;
        statement?.Dispose();
        var rc = raw.sqlite3_prepare_v2(handle, sql, out var prepared);
        SqliteException.ThrowExceptionForRC(rc, handle);
        return _prepared[sql] = new Statement(handle, prepared);
    }

    private void FinalizeAll()
    {
        foreach (var statement in _prepared.Values)
            statement.Dispose();
        _prepared.Clear();
    }

    internal sealed class Statement(sqlite3 handle, sqlite3_stmt statement) : IDisposable
    {
        public sqlite3 Handle { get; } = handle;

        /// <summary>Binds the row's columns (and any extra values after them) in order, runs the statement once, and answers the rows it changed.</summary>
        public int Run(StatementPlan.Column[] columns, object row, params ReadOnlySpan<(StatementPlan.Column Column, object Value)> extra)
        {
            for (var c = 0; c < columns.Length; c++)
                Bind(c + 1, columns[c].Stored(columns[c].Value(row)));
            for (var e = 0; e < extra.Length; e++)
                Bind(columns.Length + e + 1, extra[e].Column.Stored(extra[e].Value));
            return Step();
        }

        /// <summary>Binds each row's columns in turn, row after row, and runs the statement (a multi-row INSERT) once.</summary>
        public int Run(StatementPlan.Column[] columns, object[] rows)
        {
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < columns.Length; c++)
                    Bind(r * columns.Length + c + 1, columns[c].Stored(columns[c].Value(rows[r])));
            }
            return Step();
        }

        public void Dispose() => statement.Dispose();

        private int Step()
        {
            var rc = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (rc != raw.SQLITE_DONE)
                SqliteException.ThrowExceptionForRC(rc, Handle);
            return raw.sqlite3_changes(Handle);
        }

        private void Bind(int index, object? value)
        {
            var rc = value switch
            {
                null => raw.sqlite3_bind_null(statement, index),
                string text => raw.sqlite3_bind_text(statement, index, text),
                long number => raw.sqlite3_bind_int64(statement, index, number),
                int number => raw.sqlite3_bind_int64(statement, index, number),
                short number => raw.sqlite3_bind_int64(statement, index, number),
                byte number => raw.sqlite3_bind_int64(statement, index, number),
                bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
                double real => raw.sqlite3_bind_double(statement, index, real),
                float real => raw.sqlite3_bind_double(statement, index, real),
                Guid id => raw.sqlite3_bind_text(statement, index, id.ToString().ToUpperInvariant()),
                byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
                _ => throw new NotSupportedException($"the write path cannot bind a {value.GetType().Name}; map the column to text or a number"),
            };
            SqliteException.ThrowExceptionForRC(rc, Handle);
        }
    }
}
