using Microsoft.Extensions.Logging;

namespace Dlict.Cli.Serve;

/// <summary>Log lines to a TextWriter (for <c>serve --once</c>, which prints to the terminal).</summary>
public sealed class WriterLog(TextWriter output) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Writer(output);

    public void Dispose()
    {
    }

    private sealed class Writer(TextWriter output) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) output.WriteLine($"{logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}");
        }
    }
}
