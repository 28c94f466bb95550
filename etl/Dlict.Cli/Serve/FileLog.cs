using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Dlict.Cli.Serve;

/// <summary>
/// <c>&lt;data-dir&gt;/logs/serve-yyyy-MM.log</c>: one line per event, Bangkok time, kept next to the data
/// (a Windows service has no console; on Linux journald has the same lines).
/// </summary>
public sealed class FileLog(string folder) : ILoggerProvider
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        var now = BangkokClock.Now();
        var line = string.Create(CultureInfo.InvariantCulture, $"{now:yyyy-MM-dd HH:mm:ss} {level.ToString().ToUpperInvariant()[..4]} {category}: {message}{(exception is null ? "" : " " + exception)}{Environment.NewLine}");
        lock (_gate)
        {
            try
            {
                Directory.CreateDirectory(folder);
                File.AppendAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"serve-{now:yyyy-MM}.log")), line);
            }
            catch (IOException)
            {
                // The log must never stop a job; the console and the warehouse still have the event.
            }
        }
    }

    private sealed class Writer(FileLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) log.Write(logLevel, category, formatter(state, exception), exception);
        }
    }

    private static class BangkokClock
    {
        public static DateTime Now() => Dlict.Warehouse.BangkokTime.Now(NodaTime.SystemClock.Instance);
    }
}
