using Dlict.Cli.Pull.Queries;
using Dlict.Etl.Cycles;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Pull.Folder;

/// <summary>
/// A shared folder (sources.md): a csv/txt/xlsx file new or changed since the last pull (size and write time, then the
/// hash) is copied, never moved or altered at the source; its arrival time is its write time. A file written within
/// <see cref="SettleTime"/> may still be growing and waits for the next pull, as does one that changed while copied.
/// </summary>
public sealed class FolderPullSource(string name, string folder, IClock clock, string? kind, Cycle? cycle) : PullSource(name, kind, cycle)
{
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(10);

    public override string Type => "folder";

    public override string Location => folder;

    public override Fetch Run(Staging staging, FetchLog log, CancellationToken cancellationToken)
    {
        List<FileInfo> files;
        try
        {
            files = [.. new DirectoryInfo(folder).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(f => PulledName.Taken(f.Name) && !f.Name.StartsWith('.') && !f.Name.StartsWith("~$", StringComparison.Ordinal) && f.LinkTarget is null)
                .OrderBy(f => f.LastWriteTimeUtc)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Fetch.Failed($"เข้าถึงโฟลเดอร์ไม่ได้ / cannot reach the folder {folder}: {e.Message}");
        }
        var known = log.Fingerprints(Name);
        var (copied, unchanged, waiting) = (new List<PulledFile>(), new List<PulledFile>(), new List<string>());
        try
        {
            foreach (var file in files)
            {
                if (cancellationToken.IsCancellationRequested) break;
                var origin = Path.GetRelativePath(folder, file.FullName).Replace('\\', '/');
                var written = Seconds(BangkokTime.FromUtc(file.LastWriteTimeUtc));
                known.TryGetValue(origin, out var before);
                if (before is not null && before.Size == file.Length && before.WrittenAt == written) continue;
                if (clock.GetCurrentInstant().ToDateTimeUtc() - file.LastWriteTimeUtc < SettleTime) { waiting.Add(origin); continue; }
                var pulled = Copy(file, origin, written, staging);
                if (pulled is null) waiting.Add(origin);
                else if (before?.Sha256 == pulled.Sha256) { Staging.Discard(pulled.StagedPath); unchanged.Add(pulled); }
                else copied.Add(pulled);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Staging.Discard(copied);
            return Fetch.Failed($"อ่านไฟล์ในโฟลเดอร์ไม่ได้ / cannot read a file in {folder}: {e.Message}");
        }
        var note = waiting.Count == 0 ? null
            : $"{waiting.Count} ไฟล์ยังถูกเขียนอยู่ รอรอบถัดไป / {waiting.Count} file(s) still being written wait for the next pull: {string.Join(", ", waiting)}";
        return new Fetch(copied.Count > 0 ? FetchOutcomes.New : FetchOutcomes.NotModified, copied, note) { Unchanged = unchanged };
    }

    /// <summary>Copies the file into staging, hashing it; null when it changed while being copied (it waits).</summary>
    private static PulledFile? Copy(FileInfo file, string origin, DateTime written, Staging staging)
    {
        var staged = staging.NewPath();
        using (var source = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        using (var target = new FileStream(staged, FileMode.CreateNew, FileAccess.Write))
            source.CopyTo(target);
        file.Refresh();
        var size = new FileInfo(staged).Length;
        if (file.Length != size || Seconds(BangkokTime.FromUtc(file.LastWriteTimeUtc)) != written)
        {
            Staging.Discard(staged);
            return null;
        }
        return new PulledFile(file.Name, staged, written, size, Staging.HashOf(staged), Origin: origin);
    }

    private static DateTime Seconds(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Kind);
}
