namespace Dlict.Demo;

/// <summary>Real primary-school names and subdistricts of four Udon Thani districts, embedded (no file read from shared data at run time).</summary>
internal static class UdonSchoolNames
{
    public static readonly string[] Districts = ["เมืองอุดรธานี", "หนองวัวซอ", "เพ็ญ", "สร้างคอม"];

    /// <summary>Amphoe codes used in the synthetic 10-digit OBEC codes (1041 + amphoe + number).</summary>
    public static readonly string[] AmphoeCodes = ["01", "03", "19", "20"];

    public sealed record Entry(string District, string Subdistrict, string Name);

    private static readonly Lazy<IReadOnlyList<Entry>> Loaded = new(Load);

    public static IReadOnlyList<Entry> All => Loaded.Value;

    private static List<Entry> Load()
    {
        using var stream = typeof(UdonSchoolNames).Assembly.GetManifestResourceStream("Dlict.Demo.udonthani-schools.txt")
            ?? throw new InvalidOperationException("embedded school names missing");
        using var reader = new StreamReader(stream);
        var entries = new List<Entry>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('|');
            if (parts.Length == 3) entries.Add(new Entry(parts[0], parts[1], parts[2]));
        }
        return entries;
    }
}
