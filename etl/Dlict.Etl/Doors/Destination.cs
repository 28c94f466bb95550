using Dlict.Etl.Files;

namespace Dlict.Etl.Doors;

/// <summary>A place reserved for a file (an empty owner-only placeholder), deleted again if the file never moves in.</summary>
public sealed class Destination : IDisposable
{
    private bool _filled;

    private Destination(string path) => Path = path;

    public string Path { get; }

    /// <summary>
    /// Null when the name is taken; any other failure (no room, no right, name too long) is thrown. An empty file in the
    /// place is a placeholder left by a run that was killed before its file moved in (one ingest runs at a time, and a
    /// loaded file is never empty): it is taken over, so the rerun keeps the file's own name.
    /// </summary>
    public static Destination? TryReserve(string path)
    {
        try
        {
            new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1).Dispose();
        }
        catch (IOException) when (File.Exists(path) || Directory.Exists(path))
        {
            if (new FileInfo(path) is not { Exists: true, Length: 0, LinkTarget: null }) return null;
        }
        OwnerOnly.Restrict(path);
        return new Destination(path);
    }

    public void MoveIn(string source)
    {
        File.Move(source, Path, overwrite: true);
        _filled = true;
        OwnerOnly.Restrict(Path);
    }

    public void Dispose()
    {
        if (_filled) return;
        try { File.Delete(Path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
