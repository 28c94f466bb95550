using System.Security.Cryptography;

namespace Dlict.Reports.Fonts;

/// <summary>
/// TLWG Loma (GPL-2+ with font exception, see LICENSE-TLWG.txt), shipped inside this assembly and registered with
/// ScottPlot so that Thai text in PNG charts renders on any machine, whatever fonts it has.
/// </summary>
public static class ThaiFont
{
    public const string Family = "DLICT Loma";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Registers the regular and bold faces once per process; returns the family name to use.</summary>
    public static string Register()
    {
        lock (Gate)
        {
            if (_registered) return Family;
            ScottPlot.Fonts.AddFontFile(Family, Extract("Loma.ttf"), bold: false, italic: false);
            ScottPlot.Fonts.AddFontFile(Family, Extract("Loma-Bold.ttf"), bold: true, italic: false);
            _registered = true;
            return Family;
        }
    }

    /// <summary>Writes the embedded font to a cache file named by its hash (ScottPlot loads fonts from files).</summary>
    private static string Extract(string file)
    {
        using var stream = typeof(ThaiFont).Assembly.GetManifestResourceStream("Dlict.Reports.Fonts." + file)
            ?? throw new InvalidOperationException("missing embedded font " + file);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        var hash = Convert.ToHexString(SHA256.HashData(bytes))[..16];
        var directory = Path.Combine(Path.GetTempPath(), "dlict-fonts", hash);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, file);
        if (!File.Exists(path) || new FileInfo(path).Length != bytes.Length)
        {
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        return path;
    }
}
