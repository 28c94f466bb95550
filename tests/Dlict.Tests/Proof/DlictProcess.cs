using System.Diagnostics;

namespace Dlict.Tests.Proof;

/// <summary>The real `dlict` as a child process (`dotnet dlict.dll ...`), so it can be killed like a crashed night job.</summary>
public static class DlictProcess
{
    /// <summary>A fixed student-ID hash key so two data folders hash the same IDs the same way.</summary>
    public const string HashKey = "proof-hash-key-0123456789abcdef0123456789";

    public static string Dll => typeof(Dlict.Cli.Program).Assembly.Location;

    public static Process Start(string dataDir, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.ArgumentList.Add("--data-dir");
        info.ArgumentList.Add(dataDir);
        info.Environment["DLICT_HASH_KEY"] = HashKey;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    /// <summary>Runs to completion (bounded) and returns the exit code and both outputs.</summary>
    public static (int Exit, string Out, string Error) Run(string dataDir, params string[] args) => Run(dataDir, null, args);

    public static (int Exit, string Out, string Error) Run(string dataDir, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(dataDir, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dlict {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts the command and SIGKILLs it after <paramref name="after"/> (or lets it finish if it is faster).</summary>
    public static bool KillAfter(string dataDir, TimeSpan after, params string[] args)
    {
        using var process = Start(dataDir, null, args);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (process.WaitForExit(after)) return false;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return true;
    }
}
