using Dlict.Etl.Files;
using Dlict.Etl.Loading;
using Dlict.Etl.Sources;

namespace Dlict.Etl.Doors;

/// <summary>
/// A door of files on this machine: the inbox folder (<see cref="InboxDoor"/>) or the paths given on the command line
/// (<see cref="PathsDoor"/>). It lists the files (oldest first), says which wait or cannot be opened, and hands each
/// other one over as a <see cref="LocalFile"/>, which owns archiving and rejecting it.
/// </summary>
public abstract class LocalDoor(IngestOptions options)
{
    protected IngestOptions Options { get; } = options;

    /// <summary>The door for these options: the paths given, else the inbox.</summary>
    public static LocalDoor For(IngestOptions options) => options.Paths.Count > 0 ? new PathsDoor(options) : new InboxDoor(options);

    /// <summary>What the door holds now.</summary>
    public InboxScan Scan() => InboxScan.Of(Roots);

    /// <summary>Links and names that cannot be opened: each said once per run, and left exactly where they are.</summary>
    public IEnumerable<FileOutcome> Unloadable(InboxScan scan) =>
        scan.Links.Select(l => FileOutcome.Skipped(NameOf(l), "ลิงก์ (symbolic link) ไม่อ่าน ไม่ย้าย / a link: not followed, not read, not moved"))
            .Concat(scan.Unopenable.Select(u => FileOutcome.Left(NameOf(u),
                "ชื่อไฟล์ไม่ใช่ UTF-8 (เช่น TIS-620) จึงเปิดไม่ได้ โปรดเปลี่ยนชื่อไฟล์ / the file name is not UTF-8 (TIS-620?) and cannot be opened: rename the file")));

    /// <summary>Null when the file goes to the pipeline now; else why it waits for the next run.</summary>
    public virtual FileOutcome? Waiting(string path) => null;

    /// <summary>The file, with the run's hints (<c>--kind</c>, <c>--cycle</c>), for the pipeline.</summary>
    public LocalFile Open(string path) =>
        new(path, NameOf(path), new FileHints(Options.Kind, Options.Cycle), new FileStore(Options.DataDir));

    /// <summary>The name lineage keeps: the path under the inbox with <c>/</c> between folders (a <c>\</c> inside a Linux name stays), else the bare name.</summary>
    public string NameOf(string path)
    {
        var inbox = Options.DataDir.Inbox;
        var full = Path.GetFullPath(path);
        if (!ContainedPath.IsInside(full, inbox)) return Path.GetFileName(full);
        var relative = Path.GetRelativePath(Path.GetFullPath(inbox), full);
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    protected abstract IReadOnlyList<string> Roots { get; }
}

/// <summary>The inbox folder: a file written within the settle time (or dated just ahead of the clock) waits for the next run.</summary>
public sealed class InboxDoor(IngestOptions options) : LocalDoor(options)
{
    protected override IReadOnlyList<string> Roots => [Options.DataDir.Inbox];

    public override FileOutcome? Waiting(string path)
    {
        var settle = Options.SettleTime;
        var age = Options.Clock.GetCurrentInstant().ToDateTimeUtc() - File.GetLastWriteTimeUtc(path);
        return age < settle && age > -settle
            ? FileOutcome.Left(NameOf(path), $"ไฟล์เพิ่งถูกเขียนเมื่อไม่ถึง {settle.TotalSeconds:0} วินาที รอรอบถัดไป / written less than {settle.TotalSeconds:0} s ago (still being copied?): waits for the next run")
            : null;
    }
}

/// <summary>
/// Files and folders named on the command line: chosen by the person who runs it, they load at once; a load still
/// never commits if its file changes meanwhile.
/// </summary>
public sealed class PathsDoor(IngestOptions options) : LocalDoor(options)
{
    protected override IReadOnlyList<string> Roots => Options.Paths;
}
