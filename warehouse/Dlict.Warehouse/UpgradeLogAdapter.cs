using System.Globalization;
using DbUp.Engine.Output;

namespace Dlict.Warehouse;

/// <summary>DbUp's log to a plain callback (information, warnings, errors; no trace/debug chatter), for both providers.</summary>
public sealed class UpgradeLogAdapter(Action<string>? log) : IUpgradeLog
{
    public void LogTrace(string format, params object[] args) { }
    public void LogDebug(string format, params object[] args) { }
    public void LogInformation(string format, params object[] args) => Write(format, args);
    public void LogWarning(string format, params object[] args) => Write(format, args);
    public void LogError(string format, params object[] args) => Write(format, args);
    public void LogError(Exception ex, string format, params object[] args) => log?.Invoke(Format(format, args) + ": " + ex.Message);

    private void Write(string format, object[] args) => log?.Invoke(Format(format, args));

    private static string Format(string format, object[] args) =>
        args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
}
