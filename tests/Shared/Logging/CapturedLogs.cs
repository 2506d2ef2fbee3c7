using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Pathway.Testing;

/// <summary>
/// A logger provider that keeps every line with its structured properties: the message's own
/// and those of every scope open round it, as a structured sink (OTLP, JSON console) would see them.
/// Linked into the test projects that check what the product logs.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<Line> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<Line> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    /// <summary>One line: its category, level, text, every property it carries and the exception logged with it.</summary>
    public sealed record Line(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties, Exception? Exception)
    {
        public string? this[string property] => Properties.TryGetValue(property, out var value) ? value?.ToString() : null;
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
            owner._scopes.ForEachScope((scope, all) => Add(all, scope), properties);
            Add(properties, state);
            owner._lines.Enqueue(new Line(category, logLevel, formatter(state, exception), properties, exception));
        }

        private static void Add(Dictionary<string, object?> properties, object? state)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                    properties[key] = value;
            }
        }
    }
}
