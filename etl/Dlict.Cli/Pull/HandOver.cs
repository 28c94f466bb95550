using Dlict.Warehouse;

namespace Dlict.Cli.Pull;

/// <summary>
/// Moves a fetch's staged files into <c>inbox/&lt;source&gt;/</c> under their names (one rename each; a name already
/// there gets <c>-2</c>, <c>-3</c>…), dated with their arrival time so that the ingest takes that as the time they
/// were received. Either every file of the fetch moves in, or none stays.
/// </summary>
public static class HandOver
{
    public static IReadOnlyList<string> Move(Fetch fetch, string folder)
    {
        Directory.CreateDirectory(folder);
        var moved = new List<string>();
        try
        {
            foreach (var file in fetch.Files)
            {
                var target = FreeName(folder, file.Name);
                File.Move(file.StagedPath, target);
                moved.Add(target);
                File.SetLastWriteTimeUtc(target, BangkokTime.ToUtc(file.ArrivedAt));
            }
            return moved;
        }
        catch
        {
            foreach (var path in moved) Staging.Discard(path);
            Staging.Discard(fetch.Files);
            throw;
        }
    }

    private static string FreeName(string folder, string name)
    {
        var target = Path.Combine(folder, name);
        for (var n = 2; File.Exists(target) || Directory.Exists(target); n++)
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}");
        return target;
    }
}
