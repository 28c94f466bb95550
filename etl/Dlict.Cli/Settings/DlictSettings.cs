using System.CommandLine;
using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;

namespace Dlict.Cli.Settings;

/// <summary>The resolved settings of one invocation: each from its option, else the environment, else dlict.json, else the default.</summary>
public sealed record DlictSettings(DataDirectory DataDir, string Provider, string? Connection, DlictConfig Config)
{
    public CycleCalendar Calendar => new(Config.Deadlines);

    public static DlictSettings Resolve(ParseResult parse, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var dataDir = parse.GetValue(GlobalOptions.DataDir) ?? environment("DLICT_DATA_DIR") ?? "dlict-data";
        var data = new DataDirectory(Path.GetFullPath(dataDir));
        var config = DlictConfig.Load(data.ConfigFile);
        var provider = parse.GetValue(GlobalOptions.Provider) ?? environment("DLICT_PROVIDER") ?? config.Warehouse?.Provider ?? "sqlite";
        if (provider is not ("sqlite" or "sqlserver"))
            throw new UsageException($"ไม่รู้จักผู้ให้บริการฐานข้อมูล '{provider}' (sqlite หรือ sqlserver) / unknown provider '{provider}': use sqlite or sqlserver");
        var connection = parse.GetValue(GlobalOptions.Connection) ?? environment("DLICT_CONNECTION") ?? config.Warehouse?.Connection;
        return new DlictSettings(data, provider, connection, config);
    }
}
