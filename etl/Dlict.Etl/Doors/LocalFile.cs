using Dlict.Etl.Loading;
using Dlict.Etl.Pipeline;
using Dlict.Etl.Sources;

namespace Dlict.Etl.Doors;

/// <summary>
/// A file on disk that a local door (inbox, command-line paths) hands to the pipeline, and what the door does with the
/// verdict. Its gate keeps the file from committing if it changed since it was found (<see cref="FileStamp"/>) or
/// cannot be archived (the place in archive/ is reserved before the commit).
/// </summary>
public sealed class LocalFile : ICommitGate
{
    private readonly string _path;
    private readonly FileStore _store;
    private readonly FileStamp _stamp;
    private Destination? _destination;

    public LocalFile(string path, string name, FileHints hints, FileStore store)
    {
        _path = path;
        _store = store;
        _stamp = FileStamp.Of(path);
        Source = FileSource.FromPath(path, name, hints);
    }

    public FileSource Source { get; }

    public void BeforeCommit(IncomingFile file, FileContents contents)
    {
        _stamp.Verify(_path, file.Name);
        try
        {
            _destination = _store.ReserveArchive(_path, file.Sha256);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileRejectedException($"เก็บไฟล์ {file.Name} ลง archive/ ไม่ได้ ({e.Message}) จึงไม่บันทึกข้อมูล",
                $"{file.Name} cannot be stored in archive/ ({e.Message}): nothing was loaded", e);
        }
    }

    public void CommitFailed()
    {
        _destination?.Dispose();
        _destination = null;
    }

    /// <summary>
    /// After the verdict, once the reader has let go of the file: loaded → its reserved place in archive/ (a move that
    /// still fails leaves it in the inbox, where the next run finds it loaded and archives it); already loaded →
    /// archive/; rejected → rejected/ with the reason beside it; left → where it is.
    /// </summary>
    public FileOutcome Settle(FileVerdict verdict)
    {
        var outcome = verdict.Outcome;
        switch (outcome.Status)
        {
            case FileStatus.Loaded:
                using (var destination = _destination)
                {
                    try
                    {
                        _store.Settle(_path, destination);
                        return outcome;
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        return outcome with { Message = $"ย้ายไป archive/ ไม่ได้ จะย้ายในรอบถัดไป / not moved to archive/ ({e.Message}); the next run moves it" };
                    }
                }
            case FileStatus.Skipped:
                _store.Archive(_path, verdict.File.Sha256); // done with the file; its verdict no longer matters
                return outcome;
            case FileStatus.Rejected:
                try
                {
                    _store.Reject(_path, verdict.File.Sha256, outcome.Message ?? "");
                    return outcome;
                }
                catch (Exception io) when (io is IOException or UnauthorizedAccessException)
                {
                    return outcome with { Message = $"{outcome.Message}\nย้ายไป rejected/ ไม่ได้ ไฟล์ยังอยู่ที่เดิม / could not move it to rejected/ ({io.Message}): it stays where it is" };
                }
            default:
                return outcome;
        }
    }
}
