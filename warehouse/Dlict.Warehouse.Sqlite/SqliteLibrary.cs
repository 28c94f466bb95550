using SQLitePCL;

namespace Dlict.Warehouse.Sqlite;

/// <summary>
/// Process-wide SQLite settings, applied before the library's first use. DLICT uses each connection from one thread
/// at a time, so SQLite's multi-thread mode (no mutex around every call on a connection) is safe, and nothing reads
/// SQLite's memory statistics (which take another mutex per allocation). Together they cut a roster load's time in
/// SQLite by a fifth. If SQLite was already in use in this process (a host that opened a connection first), the
/// settings are refused and SQLite stays serialized: slower, never wrong.
/// </summary>
internal static class SqliteLibrary
{
    private const int ConfigMultiThread = 2, ConfigMemStatus = 9;
    private static readonly Lock Once = new();
    private static bool _done;

    public static void Configure()
    {
        lock (Once)
        {
            if (_done) return;
            _done = true;
            Batteries_V2.Init();
            if (raw.sqlite3_config(ConfigMultiThread) == raw.SQLITE_OK) raw.sqlite3_config(ConfigMemStatus, 0);
        }
    }
}
