namespace Dlict.Etl.Loading;

/// <summary>
/// Only one ingest at a time per data folder (a second `dlict ingest`, or `serve`'s scheduled one, is refused
/// with a clear message): an exclusively opened lock file that the OS releases even if the process dies.
/// </summary>
public sealed class IngestLock : IDisposable
{
    private readonly FileStream _stream;

    private IngestLock(FileStream stream) => _stream = stream;

    public static IngestLock Acquire(DataDirectory dataDir)
    {
        var path = Path.Combine(dataDir.Root, "ingest.lock");
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return new IngestLock(stream);
        }
        catch (IOException)
        {
            throw new IngestBusyException(
                $"มีการนำเข้าข้อมูลอื่นกำลังทำงานอยู่ในโฟลเดอร์ {dataDir.Root} ลองใหม่เมื่อเสร็จแล้ว / Another ingest is running on {dataDir.Root}; try again when it has finished.");
        }
    }

    public void Dispose() => _stream.Dispose();
}

/// <summary>Another ingest holds the lock.</summary>
public sealed class IngestBusyException(string message) : Exception(message);
