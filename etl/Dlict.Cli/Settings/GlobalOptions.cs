using System.CommandLine;

namespace Dlict.Cli.Settings;

/// <summary>The options every verb takes (cli.md: option, then environment, then dlict.json, then default).</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "โฟลเดอร์ข้อมูล / data folder (inbox/ archive/ rejected/ out/ warehouse.db dlict.json). Env DLICT_DATA_DIR; default ./dlict-data",
        Recursive = true,
    };

    public static readonly Option<string?> Provider = new("--provider")
    {
        Description = "sqlite (default, one file) or sqlserver (production). Env DLICT_PROVIDER",
        Recursive = true,
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "connection string; SQLite default: Data Source=<data-dir>/warehouse.db. Env DLICT_CONNECTION (put passwords here, not in files)",
        Recursive = true,
    };

    /// <summary>The options given on this command line, as setting keys (<see cref="SettingSources"/>); absent ones are left out.</summary>
    public static IReadOnlyDictionary<string, string?> Overrides(ParseResult parse) => new Dictionary<string, string?>
    {
        [SettingSources.DataDir] = parse.GetValue(DataDir),
        [SettingSources.Provider] = parse.GetValue(Provider),
        [SettingSources.Connection] = parse.GetValue(Connection),
    };

    static GlobalOptions() => Provider.AcceptOnlyFromAmong("sqlite", "sqlserver");
}
