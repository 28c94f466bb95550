namespace Dlict.Warehouse;

/// <summary>What a migrate run did: the scripts applied (or, on a dry run, pending).</summary>
public sealed record MigrationResult(bool Successful, IReadOnlyList<string> Scripts, string? Error)
{
    public static MigrationResult Ok(IReadOnlyList<string> scripts) => new(true, scripts, null);
}
