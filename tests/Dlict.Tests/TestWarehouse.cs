using System.Text;
using Dapper;
using Dlict.Etl.Cycles;
using Dlict.Etl.Doors;
using Dlict.Etl.Loading;
using Dlict.Etl.Privacy;
using Dlict.Warehouse;
using Dlict.Warehouse.Sqlite;
using NodaTime;
using NodaTime.Testing;

namespace Dlict.Tests;

/// <summary>A migrated SQLite warehouse in a temp data folder, with small helpers to drop files and ingest them.</summary>
public sealed class TestWarehouse : IDisposable
{
    private readonly TempDir _dir = new();

    /// <param name="nested">A path under the temp folder for the data folder (e.g. <c>a/b/c/data</c>), so a file written
    /// above the data folder still lands where <see cref="Outside"/> sees it.</param>
    public TestWarehouse(string? nested = null)
    {
        DataDir = new DataDirectory(nested is null ? _dir.Path : Path.Combine(_dir.Path, nested));
        DataDir.Create();
        Warehouse = SqliteWarehouse.ForFile(DataDir.WarehouseFile);
        var migrated = Warehouse.Migrate(dryRun: false);
        if (!migrated.Successful) throw new InvalidOperationException(migrated.Error);
    }

    public static readonly Encoding Utf8Bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static Encoding Windows874
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(874);
        }
    }

    public DataDirectory DataDir { get; }

    /// <summary>Every file and link under the temp folder but outside the data folder (with a nested data folder).</summary>
    public IReadOnlyList<string> Outside(params string[] expected) =>
        Directory.EnumerateFileSystemEntries(_dir.Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(p => !Dlict.Etl.Files.ContainedPath.IsInside(p, DataDir.Root) && new FileInfo(p) is { } f && (f.Exists || f.LinkTarget is not null))
            .Where(p => !expected.Contains(p)).ToList();

    /// <summary>The temp folder that holds a nested data folder.</summary>
    public string Scratch => _dir.Path;

    public SqliteWarehouse Warehouse { get; }

    /// <summary>The student-ID hash key, as the CLI resolves it without DLICT_HASH_KEY: the data folder's key file.</summary>
    public HashKey HashKey => _hashKey ??= HashKey.ForDataDir(DataDir);

    private HashKey? _hashKey;

    public IClock Clock { get; set; } = new FakeClock(Instant.FromUtc(2025, 7, 1, 3, 0));

    /// <summary>Writes a file into the inbox with the given arrival time (Bangkok local).</summary>
    public string Drop(string name, string content, Encoding? encoding = null, DateTime? arrivedAt = null) =>
        Drop(name, (encoding ?? Utf8Bom).GetPreamble().Concat((encoding ?? Utf8Bom).GetBytes(content)).ToArray(), arrivedAt);

    public string Drop(string name, byte[] bytes, DateTime? arrivedAt = null)
    {
        var path = Path.Combine(DataDir.Inbox, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, Dlict.Warehouse.BangkokTime.ToUtc(arrivedAt ?? new DateTime(2025, 6, 1, 9, 0, 0)));
        return path;
    }

    /// <param name="through">The warehouse the ingest sees, when not <see cref="Warehouse"/> itself (a wrapper over it).</param>
    public IngestReport Ingest(Cycle? cycle = null, string? kind = null, DateOnly? asOf = null, CycleCalendar? calendar = null, IWarehouse? through = null) =>
        new Ingestor(through ?? Warehouse, new IngestOptions(DataDir) { Cycle = cycle, Kind = kind, AsOf = asOf, Clock = Clock, Calendar = calendar ?? CycleCalendar.Default, HashKey = HashKey }).Run();

    public T Scalar<T>(string sql, object? args = null)
    {
        using var connection = Warehouse.OpenReadOnly();
        return connection.ExecuteScalar<T>(sql, args)!;
    }

    public List<T> Query<T>(string sql, object? args = null)
    {
        using var connection = Warehouse.OpenReadOnly();
        return connection.Query<T>(sql, args).ToList();
    }

    /// <summary>A registry with the given schools (code, name, district), valid from the beginning of time.</summary>
    public void LoadRegistry(params (string Code, string Name, string District)[] schools)
    {
        static string Quote(string v) => $"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        var csv = "school_code,school_name,district,cluster\n" + string.Concat(schools.Select(s => $"{s.Code},{Quote(s.Name)},{s.District},กลุ่ม {s.District}\n"));
        Drop("registry.csv", csv, arrivedAt: new DateTime(2024, 5, 1, 8, 0, 0));
        var report = Ingest();
        if (report.Totals.Loaded != 1) throw new InvalidOperationException("registry did not load: " + report.Files[0].Message);
    }

    public void Dispose() => _dir.Dispose();
}
