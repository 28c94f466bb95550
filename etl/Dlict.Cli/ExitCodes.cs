namespace Dlict.Cli;

/// <summary>cli.md: 0 success; 1 input rejected whole or a job failed; 2 usage, configuration or refused statement; 3 warehouse unreachable.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Rejected = 1;
    public const int Usage = 2;
    public const int Unreachable = 3;
}

/// <summary>A usage or configuration problem (exit 2), with its message in Thai and English.</summary>
public sealed class UsageException(string message) : Exception(message);
