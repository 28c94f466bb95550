using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Dlict.Cli.Sql;

/// <summary>
/// Stops a query that runs longer than its time (`dlict sql --timeout`): SQL Server's command is cancelled, a SQLite
/// statement interrupted (sqlite3_interrupt; SQLite's own command timeout only bounds the wait for a lock).
/// </summary>
public sealed class QueryDeadline : IDisposable
{
    private readonly Timer _timer;
    private int _expired;

    public QueryDeadline(DbCommand command, TimeSpan after)
    {
        _timer = new Timer(_ => Stop(command), null, after, Timeout.InfiniteTimeSpan);
    }

    public bool Expired => Volatile.Read(ref _expired) == 1;

    public void Dispose() => _timer.Dispose();

    private void Stop(DbCommand command)
    {
        Volatile.Write(ref _expired, 1);
        if (command.Connection is SqliteConnection sqlite) SQLitePCL.raw.sqlite3_interrupt(sqlite.Handle);
        else command.Cancel();
    }
}
