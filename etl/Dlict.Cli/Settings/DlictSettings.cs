using System.CommandLine;
using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Etl.Privacy;
using Microsoft.Extensions.Configuration;

namespace Dlict.Cli.Settings;

/// <summary>The resolved settings of one invocation: each from its option, else the environment, else dlict.json, else the default.</summary>
public sealed record DlictSettings(DataDirectory DataDir, string Provider, string? Connection, DlictConfig Config)
{
    /// <summary>The analysts' connection (<c>DLICT_READER_CONNECTION</c>, else <c>warehouse.readerConnection</c>): a login that can only read.</summary>
    public string? ReaderConnection { get; init; }

    public CycleCalendar Calendar => new(Config.Deadlines);

    /// <summary><c>archive.keepDays</c> (null: keep forever; below 0 counts as 0).</summary>
    public int? KeepDays => Config.Archive.KeepDays is { } days ? Math.Max(0, days) : null;

    /// <summary>The ingest options every verb and job starts from: the calendar, the hash key and the inbox settle time.</summary>
    public IngestOptions IngestOptions(string command) => new(DataDir)
    {
        Calendar = Calendar,
        HashKey = HashKey(),
        SettleTime = TimeSpan.FromSeconds(Math.Max(0, Config.Inbox.SettleSeconds)),
        KeepDays = KeepDays,
        Command = command,
    };

    /// <summary><c>DLICT_HASH_KEY</c> as the environment gave it (null when unset): never printed, never in dlict.json.</summary>
    public string? HashKeyText { get; init; }

    /// <summary>The student-ID hash key: <c>DLICT_HASH_KEY</c>, else the data folder's key file (created on first use).</summary>
    public HashKey HashKey() => Etl.Privacy.HashKey.Resolve(DataDir, HashKeyText);

    /// <summary>The settings of a command line: its options (<see cref="GlobalOptions.Overrides"/>) over the environment.</summary>
    public static DlictSettings Resolve(ParseResult parse, Func<string, string?>? environment = null) =>
        Load(GlobalOptions.Overrides(parse), environment);

    /// <summary>
    /// The settings any host resolves, with or without a command line: <paramref name="overrides"/> (keys of
    /// <see cref="SettingSources"/>, e.g. <c>dataDir</c>, <c>warehouse:provider</c>), then <paramref name="environment"/>
    /// (the process's when null), then <c>&lt;data-dir&gt;/dlict.json</c>, then the defaults.
    /// </summary>
    public static DlictSettings Load(IReadOnlyDictionary<string, string?> overrides, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var outer = new ConfigurationBuilder().AddDlict(null, overrides, environment).Build();
        var data = new DataDirectory(Path.GetFullPath(outer[SettingSources.DataDir] ?? "dlict-data"));
        var config = DlictConfig.From(new ConfigurationBuilder().AddDlict(data.ConfigFile, overrides, environment), data.ConfigFile);
        var provider = config.Warehouse?.Provider ?? "sqlite";
        if (provider is not ("sqlite" or "sqlserver"))
            throw new UsageException($"ไม่รู้จักผู้ให้บริการฐานข้อมูล '{provider}' (sqlite หรือ sqlserver) / unknown provider '{provider}': use sqlite or sqlserver");
        return new DlictSettings(data, provider, config.Warehouse?.Connection, config)
        {
            HashKeyText = environment(Etl.Privacy.HashKey.EnvironmentVariable),
            ReaderConnection = config.Warehouse?.ReaderConnection,
        };
    }
}
