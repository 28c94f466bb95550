using System.Data.Common;
using Dlict.Etl.Kinds;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Warehouse;

namespace Dlict.Etl.Loading;

/// <summary>
/// Loads one file in one transaction: every sheet with a recognisable header is read by its kind's loader.
/// A whole-file problem rolls everything back and sends the file to rejected/ with the reason beside it.
/// </summary>
public sealed class FileIngest(IWarehouse warehouse, IngestOptions options, IReadOnlyList<IKindLoader> loaders, FileStore store)
{
    public FileOutcome Run(long runId, string path)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        return Ingest(runId, path) with { Elapsed = clock.Elapsed };
    }

    private FileOutcome Ingest(long runId, string path) => LoadStreamed(runId, path) ?? LoadChecked(runId, path);

    /// <summary>
    /// The common case, a new UTF-8 CSV, in one pass: its rows are loaded while the same bytes are checked and hashed.
    /// Null, with nothing kept, when that is not the case or anything goes wrong (a later byte that is not UTF-8, a
    /// line too long, a whole-file problem): <see cref="LoadChecked"/> then does it again and words the problem. A file
    /// the size of one loaded before may be that file sent again, and goes the checked way, hashed first, at once.
    /// </summary>
    private FileOutcome? LoadStreamed(long runId, string path)
    {
        var file = IncomingFile.Unhashed(path, options.DataDir.Inbox);
        if (!options.Reload && new Lineage(warehouse).HasLoadedSize(file.Size)) return null;
        FileOutcome outcome;
        try
        {
            using var csv = StreamedCsv.TryOpen(path);
            if (csv is null) return null;
            outcome = Load(runId, file, [csv.Sheet], csv.ReadToEnd);
            file = file with { Sha256 = csv.ReadToEnd() };
        }
        catch (Exception e) when (e is not DbException and not WarehouseUnavailableException)
        {
            return null;
        }
        store.Archive(file);
        return outcome;
    }

    /// <summary>
    /// Checks the whole file (encoding, line lengths, zip guard: one pass) and hashes it (another pass) side by side
    /// before any row is read, and skips a file already loaded.
    /// </summary>
    private FileOutcome LoadChecked(long runId, string path)
    {
        var opening = Task.Run(() => TabularFile.Open(path));
        var file = IncomingFile.Inspect(path, options.DataDir.Inbox);
        if (!options.Reload && new Lineage(warehouse).IsLoaded(file.Sha256))
        {
            _ = ((IAsyncResult)opening).AsyncWaitHandle.WaitOne(); // done with the file before it moves; its verdict no longer matters
            store.Archive(file);
            return AlreadyLoaded(file);
        }
        try
        {
            var outcome = Load(runId, file, opening.GetAwaiter().GetResult(), () => file.Sha256);
            store.Archive(file);
            return outcome;
        }
        catch (Exception e) when (e is not DbException and not WarehouseUnavailableException)
        {
            var rejected = e as FileRejectedException ?? new FileRejectedException(
                $"อ่านหรือโหลดไฟล์ {file.Name} ไม่สำเร็จ: {e.Message}", $"could not read or load {file.Name}: {e.Message}", e);
            RecordRejected(runId, file, rejected);
            store.Reject(file, rejected.Bilingual);
            return FileOutcome.Rejected(file.Name, rejected.Bilingual);
        }
    }

    private static FileOutcome AlreadyLoaded(IncomingFile file) => FileOutcome.Skipped(file.Name, "โหลดแล้วก่อนหน้านี้ / already loaded");

    /// <summary>Every sheet in one transaction; <paramref name="hash"/> gives the file's SHA-256 once its rows are read.</summary>
    private FileOutcome Load(long runId, IncomingFile file, IReadOnlyList<Sheet> sheets, Func<string> hash)
    {
        using var connection = warehouse.Open();
        using var tx = connection.BeginTransaction();
        var fileId = Lineage.InsertFile(warehouse, tx, runId, file, "loaded", BangkokTime.Now(options.Clock));
        var context = new LoadContext(warehouse, tx, runId, fileId, file, options);
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        var cycles = new SortedSet<string>(StringComparer.Ordinal);
        long loaded = 0, dataRows = 0;
        foreach (var sheet in sheets)
        {
            using var cursor = new SheetCursor(sheet);
            var schemas = loaders.Select(l => l.Schema).Where(k => options.Kind is null || k.Name == options.Kind).ToList();
            if (HeaderLocator.Locate(cursor.Head, schemas, file.Name) is not { } header) continue;
            var loader = loaders.First(l => l.Schema == header.Kind);
            sheet.Unread.Set(header.Kind.Columns.Where(c => c.IsPersonal).Select(c => header.IndexOf(c.Name)).OfType<int>());
            var above = cursor.Head.Take(header.LastHeaderIndex).ToList();
            var result = loader.Load(context, header, above, cursor.RowsAfter(header.LastHeaderIndex), sheet.Name);
            kinds.Add(header.Kind.Name);
            cycles.UnionWith(result.Cycles);
            loaded += result.RowsLoaded;
            dataRows += result.DataRows;
        }
        if (kinds.Count == 0) throw NoHeader(file);
        if (dataRows == 0)
            throw new FileRejectedException($"ไฟล์ {file.Name} มีแต่หัวตาราง ไม่มีข้อมูล ({string.Join(",", kinds)})",
                $"{file.Name} has a header but no data rows ({string.Join(",", kinds)})");
        if (loaded == 0 && context.Rejects.RejectedRows > 0 && context.Rejects.UnknownSchoolRows == context.Rejects.RejectedRows)
            throw RegistryMissing.For(tx, file.Name);
        var sha256 = hash();
        if (!options.Reload && Lineage.IsLoadedBefore(tx, sha256, fileId)) return AlreadyLoaded(file); // a copy of a loaded file, found only now: nothing kept
        context.Complete();
        var outcome = new FileOutcome(file.Name, FileStatus.Loaded, string.Join(",", kinds), cycles.Count == 0 ? null : string.Join(",", cycles),
            loaded, context.Rejects.RejectedRows, null);
        Lineage.CompleteFile(tx, fileId, sha256, outcome);
        tx.Commit();
        return outcome;
    }

    private void RecordRejected(long runId, IncomingFile file, FileRejectedException e)
    {
        using var connection = warehouse.Open();
        using DbTransaction tx = connection.BeginTransaction();
        Lineage.InsertFile(warehouse, tx, runId, file, "rejected", BangkokTime.Now(options.Clock), e.Bilingual);
        tx.Commit();
    }

    private FileRejectedException NoHeader(IncomingFile file)
    {
        var kinds = options.Kind ?? string.Join(", ", loaders.Select(l => l.Schema.Name));
        var required = string.Join("; ", loaders.Where(l => options.Kind is null || l.Schema.Name == options.Kind)
            .Select(l => $"{l.Schema.Name}: {string.Join(", ", l.Schema.RequiredColumns)}"));
        return new FileRejectedException(
            $"ไม่พบแถวหัวตารางที่รู้จักใน 20 แถวแรกของ {file.Name} (ประเภทที่รองรับ: {kinds}; คอลัมน์ที่ต้องมี — {required})",
            $"no recognisable header row in the first 20 rows of {file.Name} (kinds: {kinds}; required columns — {required})");
    }
}
