using System.Data.Common;
using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Warehouse;

namespace Dlict.Etl.Pipeline;

/// <summary>
/// The load of one file (<see cref="FilePipeline"/>): the one-pass streamed way for a new UTF-8 CSV, else checked
/// first and hashed. A whole-file problem rolls everything back; for real it is recorded in etl_file as rejected.
/// </summary>
internal sealed class FileLoad(IWarehouse warehouse, IngestOptions options, IReadOnlyList<IKindLoader> loaders, Attempt attempt)
{
    public FileVerdict Run(FileSource source)
    {
        try
        {
            return LoadStreamed(source) ?? LoadChecked(source);
        }
        catch (FileChangedException e)
        {
            return new FileVerdict(FileOutcome.Left(source.DisplayName, e.Bilingual), IncomingFile.Unhashed(source));
        }
        catch (FileRefusedException e)
        {
            attempt.Rejects.Clear();
            var outcome = FileOutcome.Rejected(source.DisplayName, e.Bilingual) with { Kind = string.Join(",", e.Contents.Kinds) };
            return new FileVerdict(outcome, IncomingFile.Unhashed(source)) { Schools = e.Contents.Schools };
        }
    }

    /// <summary>
    /// The common case, a new UTF-8 CSV, in one pass: its rows are loaded while the same bytes are checked and hashed.
    /// Null, with nothing kept, when that is not the case or anything goes wrong (a later byte that is not UTF-8, a
    /// line too long, a whole-file problem): <see cref="LoadChecked"/> then does it again and words the problem. A file
    /// the size of one loaded before may be that file sent again, and goes the checked way, hashed first, at once.
    /// </summary>
    private FileVerdict? LoadStreamed(FileSource source)
    {
        var file = IncomingFile.Unhashed(source);
        if (!options.Reload && new Lineage(warehouse).HasLoadedSize(file.Size)) return null;
        try
        {
            using var csv = StreamedCsv.TryOpen(source);
            if (csv is null) return null;
            return Load(file, [csv.Sheet], csv.ReadToEnd);
        }
        catch (Exception e) when (e is not DbException and not WarehouseUnavailableException and not FileChangedException and not FileRefusedException)
        {
            attempt.Rejects.Clear();
            attempt.Schools.Clear();
            return null;
        }
    }

    /// <summary>
    /// Checks the whole file (encoding, line lengths, zip guard: one pass) and hashes it (another pass) side by side
    /// before any row is read, and skips a file already loaded.
    /// </summary>
    private FileVerdict LoadChecked(FileSource source)
    {
        var opening = Task.Run(() => TabularFile.Open(source));
        IncomingFile file;
        try
        {
            file = IncomingFile.Inspect(source);
        }
        finally
        {
            if (opening.Status != TaskStatus.RanToCompletion) _ = ((IAsyncResult)opening).AsyncWaitHandle.WaitOne();
        }
        if (!options.Reload && new Lineage(warehouse).IsLoaded(file.Sha256)) return AlreadyLoaded(file);
        try
        {
            return Load(file, opening.GetAwaiter().GetResult(), () => file.Sha256);
        }
        catch (Exception e) when (e is not DbException and not WarehouseUnavailableException and not FileChangedException and not FileRefusedException)
        {
            var rejected = e as FileRejectedException ?? new FileRejectedException(
                $"อ่านหรือโหลดไฟล์ {file.Name} ไม่สำเร็จ: {e.Message}", $"could not read or load {file.Name}: {e.Message}", e);
            if (!attempt.IsCheck) RecordRejected(file, rejected);
            attempt.Rejects.Clear();
            attempt.Schools.Clear();
            return new FileVerdict(FileOutcome.Rejected(file.Name, rejected.Bilingual), file);
        }
    }

    private static FileVerdict AlreadyLoaded(IncomingFile file) => new(FileOutcome.Skipped(file.Name, "โหลดแล้วก่อนหน้านี้ / already loaded"), file);

    /// <summary>Every sheet in one transaction; <paramref name="hash"/> gives the file's SHA-256 once its rows are read.</summary>
    private FileVerdict Load(IncomingFile file, IReadOnlyList<Sheet> sheets, Func<string> hash)
    {
        using var connection = warehouse.Open();
        using var tx = connection.BeginTransaction();
        var now = BangkokTime.Now(options.Clock);
        if (attempt.IsCheck) attempt.RunId = Lineage.InsertRun(warehouse, tx, now, options.Command);
        var fileId = Lineage.InsertFile(warehouse, tx, attempt.RunId, file, "loaded", now);
        using var context = new LoadContext(warehouse, tx, attempt.RunId, fileId, file, options, attempt.IsCheck || attempt.KeepsRejects ? attempt.Rejects : null, writeKept: !attempt.IsCheck);
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        var cycles = new SortedSet<string>(StringComparer.Ordinal);
        long loaded = 0, dataRows = 0;
        foreach (var sheet in sheets)
        {
            using var cursor = new SheetCursor(sheet);
            var schemas = loaders.Select(l => l.Schema).Where(k => options.Kind is null || k.Name == options.Kind).ToList();
            if (HeaderLocator.Locate(cursor.Head, schemas, file.Name, Given) is not { } header) continue;
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
        attempt.Schools.UnionWith(context.Schools);
        attempt.Schools.UnionWith(context.Rejects.Schools);
        if (dataRows == 0)
            throw new FileRejectedException($"ไฟล์ {file.Name} มีแต่หัวตาราง ไม่มีข้อมูล ({string.Join(",", kinds)})",
                $"{file.Name} has a header but no data rows ({string.Join(",", kinds)})");
        if (loaded == 0 && context.Rejects.RejectedRows > 0 && context.Rejects.UnknownSchoolRows == context.Rejects.RejectedRows)
            throw RegistryMissing.For(tx, file.Name);
        var hashed = file with { Sha256 = hash() };
        if (!options.Reload && Lineage.IsLoadedBefore(tx, hashed.Sha256, fileId))
        {
            tx.Rollback(); // a copy of a loaded file, found only now: nothing kept
            attempt.Rejects.Clear();
            return AlreadyLoaded(hashed);
        }
        context.Complete();
        var outcome = new FileOutcome(file.Name, FileStatus.Loaded, string.Join(",", kinds), cycles.Count == 0 ? null : string.Join(",", cycles),
            loaded, context.Rejects.RejectedRows, null);
        if (attempt.Gate is not { } gate)
        {
            tx.Rollback(); // a check keeps nothing
            return Verdict(outcome, hashed);
        }
        Lineage.CompleteFile(tx, fileId, hashed.Sha256, outcome);
        gate.BeforeCommit(hashed, new FileContents(kinds, attempt.Schools));
        try
        {
            tx.Commit();
        }
        catch
        {
            gate.CommitFailed();
            throw;
        }
        return Verdict(outcome, hashed);
    }

    private FileVerdict Verdict(FileOutcome outcome, IncomingFile file) =>
        new(outcome, file) { Schools = attempt.Schools.ToHashSet(StringComparer.Ordinal), Rejects = attempt.KeepsRejects ? [.. attempt.Rejects] : [] };

    /// <summary>Columns the door supplies: <c>school_code</c> when it knows the school (<c>--school</c>, a school's upload link).</summary>
    private Dictionary<string, string> Given =>
        options.School is { } school ? new Dictionary<string, string> { ["school_code"] = school } : [];

    private void RecordRejected(IncomingFile file, FileRejectedException e)
    {
        using var connection = warehouse.Open();
        using DbTransaction tx = connection.BeginTransaction();
        Lineage.InsertFile(warehouse, tx, attempt.RunId, file, "rejected", BangkokTime.Now(options.Clock), e.Bilingual);
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
