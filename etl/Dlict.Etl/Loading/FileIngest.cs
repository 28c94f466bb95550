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

    private FileOutcome Ingest(long runId, string path)
    {
        var stamp = FileStamp.Of(path);
        try
        {
            return LoadStreamed(runId, path, stamp) ?? LoadChecked(runId, path, stamp);
        }
        catch (FileChangedException e)
        {
            return FileOutcome.Left(IncomingFile.Unhashed(path, options.DataDir.Inbox).Name, e.Bilingual);
        }
    }

    /// <summary>
    /// The common case, a new UTF-8 CSV, in one pass: its rows are loaded while the same bytes are checked and hashed.
    /// Null, with nothing kept, when that is not the case or anything goes wrong (a later byte that is not UTF-8, a
    /// line too long, a whole-file problem): <see cref="LoadChecked"/> then does it again and words the problem. A file
    /// the size of one loaded before may be that file sent again, and goes the checked way, hashed first, at once.
    /// </summary>
    private FileOutcome? LoadStreamed(long runId, string path, FileStamp stamp)
    {
        var file = IncomingFile.Unhashed(path, options.DataDir.Inbox);
        if (!options.Reload && new Lineage(warehouse).HasLoadedSize(file.Size)) return null;
        Loaded loaded;
        try
        {
            using var csv = StreamedCsv.TryOpen(path);
            if (csv is null) return null;
            loaded = Load(runId, file, [csv.Sheet], csv.ReadToEnd, stamp);
        }
        catch (Exception e) when (e is not DbException and not WarehouseUnavailableException and not FileChangedException)
        {
            return null;
        }
        return Settle(loaded);
    }

    /// <summary>
    /// Checks the whole file (encoding, line lengths, zip guard: one pass) and hashes it (another pass) side by side
    /// before any row is read, and skips a file already loaded.
    /// </summary>
    private FileOutcome LoadChecked(long runId, string path, FileStamp stamp)
    {
        var opening = Task.Run(() => TabularFile.Open(path));
        IncomingFile file;
        try
        {
            file = IncomingFile.Inspect(path, options.DataDir.Inbox);
        }
        finally
        {
            if (opening.Status != TaskStatus.RanToCompletion) _ = ((IAsyncResult)opening).AsyncWaitHandle.WaitOne();
        }
        if (!options.Reload && new Lineage(warehouse).IsLoaded(file.Sha256))
        {
            store.Archive(file); // done with the file before it moves; its verdict no longer matters
            return AlreadyLoaded(file);
        }
        try
        {
            return Settle(Load(runId, file, opening.GetAwaiter().GetResult(), () => file.Sha256, stamp));
        }
        catch (Exception e) when (e is not DbException and not WarehouseUnavailableException and not FileChangedException)
        {
            var rejected = e as FileRejectedException ?? new FileRejectedException(
                $"อ่านหรือโหลดไฟล์ {file.Name} ไม่สำเร็จ: {e.Message}", $"could not read or load {file.Name}: {e.Message}", e);
            RecordRejected(runId, file, rejected);
            try
            {
                store.Reject(file, rejected.Bilingual);
            }
            catch (Exception io) when (io is IOException or UnauthorizedAccessException)
            {
                return FileOutcome.Rejected(file.Name, $"{rejected.Bilingual}\nย้ายไป rejected/ ไม่ได้ ไฟล์ยังอยู่ที่เดิม / could not move it to rejected/ ({io.Message}): it stays where it is");
            }
            return FileOutcome.Rejected(file.Name, rejected.Bilingual);
        }
    }

    private static FileOutcome AlreadyLoaded(IncomingFile file) => FileOutcome.Skipped(file.Name, "โหลดแล้วก่อนหน้านี้ / already loaded");

    /// <summary>Every sheet in one transaction; <paramref name="hash"/> gives the file's SHA-256 once its rows are read.</summary>
    private Loaded Load(long runId, IncomingFile file, IReadOnlyList<Sheet> sheets, Func<string> hash, FileStamp stamp)
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
        var hashed = file with { Sha256 = hash() };
        stamp.Verify(file.Path, file.Name);
        if (!options.Reload && Lineage.IsLoadedBefore(tx, hashed.Sha256, fileId))
        {
            tx.Rollback(); // a copy of a loaded file, found only now: nothing kept
            return new Loaded(AlreadyLoaded(file), hashed, null, Copy: true);
        }
        context.Complete();
        var outcome = new FileOutcome(file.Name, FileStatus.Loaded, string.Join(",", kinds), cycles.Count == 0 ? null : string.Join(",", cycles),
            loaded, context.Rejects.RejectedRows, null);
        Lineage.CompleteFile(tx, fileId, hashed.Sha256, outcome);
        var destination = ReserveArchive(hashed);
        try
        {
            tx.Commit();
        }
        catch
        {
            destination?.Dispose();
            throw;
        }
        return new Loaded(outcome, hashed, destination, Copy: false);
    }

    /// <summary>A file's rows committed (or, for a copy, nothing kept) and the place it moves to, once the reader has let go of it.</summary>
    private sealed record Loaded(FileOutcome Outcome, IncomingFile File, Destination? Destination, bool Copy);

    /// <summary>The place in archive/ made before the commit: a file that cannot be archived is rejected with nothing kept.</summary>
    private Destination? ReserveArchive(IncomingFile file)
    {
        try
        {
            return store.ReserveArchive(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileRejectedException($"เก็บไฟล์ {file.Name} ลง archive/ ไม่ได้ ({e.Message}) จึงไม่บันทึกข้อมูล",
                $"{file.Name} cannot be stored in archive/ ({e.Message}): nothing was loaded", e);
        }
    }

    /// <summary>After the commit: a move that still fails leaves the file in the inbox, where the next run finds it loaded and archives it.</summary>
    private FileOutcome Settle(Loaded loaded)
    {
        using var destination = loaded.Destination;
        try
        {
            if (loaded.Copy) store.Archive(loaded.File);
            else store.Settle(loaded.File, destination);
            return loaded.Outcome;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return loaded.Outcome with { Message = $"ย้ายไป archive/ ไม่ได้ จะย้ายในรอบถัดไป / not moved to archive/ ({e.Message}); the next run moves it" };
        }
    }

    private void RecordRejected(long runId, IncomingFile file, FileRejectedException e)
    {
        using var connection = warehouse.Open();
        using DbTransaction tx = connection.BeginTransaction();
        Lineage.InsertFile(warehouse, tx, runId, file, "rejected", BangkokTime.Now(options.Clock), e.Bilingual);
        tx.Commit();
    }

    /// <summary>A short hint, not the list of internal column names (a data officer cannot act on "enrolment: school_code, grade, ...").</summary>
    private FileRejectedException NoHeader(IncomingFile file)
    {
        var kind = options.Kind is null ? "" : $" ({options.Kind})";
        return new FileRejectedException(
            $"ไม่พบแถวหัวตารางที่รู้จักใน 20 แถวแรกของ {file.Name}{kind}: ใช้ไฟล์ตามแบบฟอร์มของ สพป. ที่มีแถวหัวตาราง เช่น รหัสโรงเรียน ชั้น จำนวนนักเรียน — อย่าลบหรือเปลี่ยนชื่อหัวคอลัมน์",
            $"no recognisable header row in the first 20 rows of {file.Name}{kind}: send the office's form with its header row (e.g. school code, grade, students), column names not deleted or renamed");
    }
}
