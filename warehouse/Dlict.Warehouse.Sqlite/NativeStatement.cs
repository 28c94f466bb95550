using System.Runtime.InteropServices;
using SQLitePCL;

namespace Dlict.Warehouse.Sqlite;

/// <summary>
/// The few SQLite calls of a bulk INSERT, made on the statement's native address rather than through SQLitePCL:
/// SQLitePCL takes and releases the statement's SafeHandle on every call and binds text and blobs as
/// SQLITE_TRANSIENT (SQLite copies each value into a fresh allocation). Here values are bound SQLITE_STATIC from
/// memory that does not move (<see cref="PendingCells"/>' pinned buffer) and stays untouched until the step:
/// a tenth of a roster load's writing thread. The address is read only while this holds a reference on the
/// <see cref="sqlite3_stmt"/> SafeHandle (<c>DangerousAddRef</c> here, <c>DangerousRelease</c> in
/// <see cref="Dispose"/>): whoever disposes the statement meanwhile, SQLite finalizes it only after this is done.
/// </summary>
internal sealed class NativeStatement : IDisposable
{
    private const string Library = "e_sqlite3";
    private static readonly IntPtr Static = IntPtr.Zero; // SQLITE_STATIC: SQLite uses the bytes where they are
    private readonly sqlite3_stmt _statement;
    private readonly IntPtr _handle;
    private bool _held;

    public NativeStatement(sqlite3_stmt statement)
    {
        _statement = statement;
        statement.DangerousAddRef(ref _held);
        _handle = statement.DangerousGetHandle();
    }

    public int BindInteger(int parameter, long value) => sqlite3_bind_int64(_handle, parameter, value);

    public int BindReal(int parameter, double value) => sqlite3_bind_double(_handle, parameter, value);

    public int BindNull(int parameter) => sqlite3_bind_null(_handle, parameter);

    /// <summary>UTF-8 text that stays where it is until the statement has been stepped.</summary>
    public int BindText(int parameter, ref byte first, int length) => sqlite3_bind_text(_handle, parameter, ref first, length, Static);

    public int BindBlob(int parameter, ref byte first, int length) => sqlite3_bind_blob(_handle, parameter, ref first, length, Static);

    /// <summary>Runs the statement once and resets it; returns the step's result code.</summary>
    public int StepAndReset()
    {
        var rc = sqlite3_step(_handle);
        var reset = sqlite3_reset(_handle);
        return rc == raw.SQLITE_DONE && reset != raw.SQLITE_OK ? reset : rc;
    }

    /// <summary>Gives the statement back and finalizes it (now, or when its last other holder lets go).</summary>
    public void Dispose()
    {
        if (!_held) return;
        _held = false;
        _statement.DangerousRelease();
        _statement.Dispose();
    }

    [DllImport(Library)] private static extern int sqlite3_bind_int64(IntPtr statement, int parameter, long value);
    [DllImport(Library)] private static extern int sqlite3_bind_double(IntPtr statement, int parameter, double value);
    [DllImport(Library)] private static extern int sqlite3_bind_null(IntPtr statement, int parameter);
    [DllImport(Library)] private static extern int sqlite3_bind_text(IntPtr statement, int parameter, ref byte text, int length, IntPtr destructor);
    [DllImport(Library)] private static extern int sqlite3_bind_blob(IntPtr statement, int parameter, ref byte value, int length, IntPtr destructor);
    [DllImport(Library)] private static extern int sqlite3_step(IntPtr statement);
    [DllImport(Library)] private static extern int sqlite3_reset(IntPtr statement);
}
