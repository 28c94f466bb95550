using Microsoft.Extensions.Configuration;

namespace Dlict.Cli.Settings;

/// <summary>
/// Where settings come from, lowest first (cli.md): the defaults of <see cref="DlictConfig"/>'s records, then
/// dlict.json, then the environment, then the command line's options. Each layer is a configuration source; a later
/// one wins key by key. Keys are configuration paths such as <c>warehouse:connection</c>.
/// </summary>
public static class SettingSources
{
    public const string DataDir = "dataDir";
    public const string Provider = "warehouse:provider";
    public const string Connection = "warehouse:connection";
    public const string ReaderConnection = "warehouse:readerConnection";

    /// <summary>
    /// The environment variables that set a key. Secrets the code reads where it uses them (DLICT_HASH_KEY, the SMTP
    /// password) are not settings and are never bound.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> EnvironmentKeys = new Dictionary<string, string>
    {
        ["DLICT_DATA_DIR"] = DataDir,
        ["DLICT_PROVIDER"] = Provider,
        ["DLICT_CONNECTION"] = Connection,
        ["DLICT_READER_CONNECTION"] = ReaderConnection,
    };

    /// <summary>Adds dlict.json (when <paramref name="jsonPath"/> is given), then the environment, then <paramref name="commandLine"/>.</summary>
    public static IConfigurationBuilder AddDlict(this IConfigurationBuilder builder, string? jsonPath,
        IReadOnlyDictionary<string, string?> commandLine, Func<string, string?> environment)
    {
        if (jsonPath is not null) ConfigFile.Add(builder, jsonPath);
        builder.AddInMemoryCollection(EnvironmentKeys
            .Select(e => KeyValuePair.Create(e.Value, environment(e.Key)))
            .Where(e => e.Value is not null));
        builder.AddInMemoryCollection(commandLine.Where(o => o.Value is not null));
        return builder;
    }
}
