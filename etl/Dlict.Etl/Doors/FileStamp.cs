using Dlict.Etl.Pipeline;

namespace Dlict.Etl.Doors;

/// <summary>A file's size and write time: equal before and after its load, or the file was still being written.</summary>
public sealed record FileStamp(long Size, DateTime WrittenUtc)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return new FileStamp(info.Length, info.LastWriteTimeUtc);
    }

    /// <summary>Throws <see cref="FileChangedException"/> when the file is no longer as it was.</summary>
    public void Verify(string path, string name)
    {
        if (Of(path) != this)
            throw new FileChangedException(
                $"ไฟล์ {name} เปลี่ยนระหว่างนำเข้า (ยังคัดลอกไม่เสร็จ?) จึงไม่บันทึก จะนำเข้าในรอบถัดไป",
                $"{name} changed while it was being loaded (still being copied?): nothing kept; it waits for the next run");
    }
}
