using Microsoft.Extensions.Logging;

namespace Playbooks.Server.Tests.Support;

/// <summary>Log entries kept in memory: a logger provider for a host, and a logger of any category for a class under test.</summary>
internal sealed class CapturedLog : ILoggerProvider
{
    private readonly List<(string Category, LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries)
                return _entries.ToList();
        }
    }

    public ILogger<T> For<T>() => new Logger<T>(this);

    public ILogger CreateLogger(string categoryName) => new Sink(this, categoryName);

    public void Dispose() { }

    private void Add(string category, LogLevel level, string message)
    {
        lock (_entries)
            _entries.Add((category, level, message));
    }

    private sealed class Sink(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Add(category, logLevel, formatter(state, exception));
    }

    private sealed class Logger<T>(CapturedLog log) : ILogger<T>
    {
        private readonly ILogger _inner = log.CreateLogger(typeof(T).FullName!);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => _inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
