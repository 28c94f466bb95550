using System.Data.Common;
using Dapper;
using Dlict.Etl.Kinds;
using Dlict.Etl.Loading;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Etl.Doors;

/// <summary>
/// <c>archive.keepDays</c>: files of personal-data kinds leave archive/, and every file rejected whole leaves rejected/
/// (with its note), once they were archived or rejected more than that many days ago: the time of the newest run that
/// handled a file of that size (etl_file.loaded_at), else the file's write time. Not the write time alone: a file copied
/// with an old write time would be purged by the run that rejected it, before the officer could fix it. A file of
/// another kind (registry, enrolment counts, equipment, DLTV usage) is kept; an archived file lineage does not know is kept.
/// </summary>
public sealed class ArchiveRetention(IWarehouse warehouse, DataDirectory dataDir, int? keepDays, IClock clock)
{
    /// <summary>Kinds whose files hold people: a name column, a citizen ID or staff code, or a form with the borrower's or requester's name.</summary>
    public static readonly IReadOnlySet<string> PersonalKinds = KindCatalogue.All
        .Where(k => k.Columns.Any(c => c.IsPersonal || c.Name is "student_id" or "person_id" or "supervisor_id") || k.Name is "loans" or "service_requests")
        .Select(k => k.Name).ToHashSet(StringComparer.Ordinal);

    public int? KeepDays => keepDays;

    /// <summary>The files a purge would delete now, archive/ first, by path.</summary>
    public IReadOnlyList<string> Due()
    {
        if (keepDays is not { } days) return [];
        var cutoff = clock.GetCurrentInstant().ToDateTimeUtc() - TimeSpan.FromDays(days);
        using var connection = warehouse.OpenReadOnly();
        var archived = Old(dataDir.Archive, cutoff).Where(p => HandledBySize(connection, p) is var runs && HandledBefore(runs, cutoff) && IsPersonal(p, runs));
        var rejected = Old(dataDir.Rejected, cutoff).Where(p => HandledBefore(HandledBySize(connection, p), cutoff));
        return [.. archived.Order(StringComparer.Ordinal), .. rejected.Order(StringComparer.Ordinal)];
    }

    /// <summary>Deletes what is due (a rejected file's note goes with it); returns the paths deleted.</summary>
    public IReadOnlyList<string> Purge()
    {
        var deleted = new List<string>();
        foreach (var path in Due())
        {
            try
            {
                File.Delete(path);
                if (File.Exists(path + FileStore.NoteSuffix)) File.Delete(path + FileStore.NoteSuffix);
                deleted.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // kept until a later run can delete it
            }
        }
        return deleted;
    }

    private static IEnumerable<string> Old(string folder, DateTime cutoff) =>
        Directory.Exists(folder)
            ? new DirectoryInfo(folder).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
                .Where(f => f.LastWriteTimeUtc < cutoff && f.LinkTarget is null)
                .Where(f => !f.Name.EndsWith(FileStore.NoteSuffix, StringComparison.OrdinalIgnoreCase) || !File.Exists(f.FullName[..^FileStore.NoteSuffix.Length]))
                .Select(f => f.FullName)
            : [];

    /// <summary>The runs that handled a file of this size: each one's kind, status, content hash and time (UTC).</summary>
    private sealed record Handled(string? Kind, string Status, string Sha256, DateTime At);

    private List<Handled> HandledBySize(DbConnection connection, string path) =>
        [.. connection.Query<(string? Kind, string Status, string Sha256, DateTime LoadedAt)>(
                "SELECT kind, status, sha256, loaded_at FROM etl_file WHERE size_bytes = @size", new { size = new FileInfo(path).Length })
            .Select(r => new Handled(r.Kind, r.Status, r.Sha256, BangkokTime.ToUtc(r.LoadedAt)))];

    /// <summary>Whether the newest run that handled the file (loaded or rejected) was before <paramref name="cutoff"/> (UTC); true when none did.</summary>
    private static bool HandledBefore(List<Handled> runs, DateTime cutoff) => runs.Select(r => r.At).DefaultIfEmpty(DateTime.MinValue).Max() < cutoff;

    /// <summary>By the lineage of the loaded file of this size (and, when sizes are shared, of this content).</summary>
    private bool IsPersonal(string path, List<Handled> runs)
    {
        var kinds = runs.Where(r => r.Status == "loaded").ToList();
        if (kinds.Select(k => k.Kind).Distinct().Count() > 1)
        {
            var sha256 = IncomingFile.Inspect(Sources.FileSource.FromPath(path)).Sha256;
            kinds = kinds.Where(k => k.Sha256 == sha256).ToList();
        }
        return kinds.Any(k => (k.Kind ?? "").Split(',').Any(PersonalKinds.Contains));
    }
}
