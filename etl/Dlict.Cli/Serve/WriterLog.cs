using Microsoft.Extensions.Logging;

namespace Dlict.Cli.Serve;

/// <summary>
/// Log lines to a TextWriter: <c>serve --once</c> prints them bare; <c>serve</c>'s console gets each line stamped
/// with the Asia/Bangkok time, like its log file, whatever the server's own time zone (<paramref name="clock"/>).
/// </summary>
public sealed class WriterLog(TextWriter output, NodaTime.IClock? clock = null) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Writer(output, clock);

    public void Dispose()
    {
    }

    private sealed class Writer(TextWriter output, NodaTime.IClock? clock) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var stamp = clock is null ? "" : Dlict.Warehouse.BangkokTime.Now(clock).ToString("yyyy-MM-dd HH:mm:ss ", System.Globalization.CultureInfo.InvariantCulture);
            var error = exception is null ? "" : " — " + exception.Message;
            output.WriteLine($"{stamp}{logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}{error}");
        }
    }
}
