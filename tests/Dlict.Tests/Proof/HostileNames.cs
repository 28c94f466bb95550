using System.Text;

namespace Dlict.Tests.Proof;

/// <summary>
/// The hostile file NAMES beside the hostile contents of tests/corpus: each with the outcome expected and the name it
/// is stored under (archive/ or rejected/), or where it stays. Contents are the corpus's valid file or a headerless one.
/// </summary>
public static class HostileNames
{
    private static readonly string Thai253 = ThaiName(253);
    private static readonly string Thai255 = ThaiName(255);

    public static IEnumerable<TestCaseData> Cases() => new HostileName[]
    {
        new("backslash traversal", @"x\..\..\..\elsewhere\pwn 2568-1.csv", Valid: true, "loaded", "archive", "x_______elsewhere_pwn 2568-1.csv"),
        new("backslash traversal rejected", @"y\..\..\..\elsewhere\dlict.json 2568-1.csv", Valid: false, "rejected", "rejected", "y_______elsewhere_dlict.json 2568-1.csv"),
        new("dot dot inside", "a..b 2568-1.csv", Valid: true, "loaded", "archive", "a_b 2568-1.csv"),
        new("newline", "two\nlines 2568-1.csv", Valid: true, "loaded", "archive", "two_lines 2568-1.csv"),
        new("control and escape", "bell\u0007\u001b[2J 2568-1.csv", Valid: false, "rejected", "rejected", "bell__[2J 2568-1.csv"),
        new("right-to-left override", "report\u202Evsc.exe 2568-1.csv", Valid: true, "loaded", "archive", "report_vsc.exe 2568-1.csv"),
        new("Thai 253 bytes", Thai253, Valid: true, "loaded", "archive", Fitted(Thai253)),
        new("Thai 255 bytes rejected", Thai255, Valid: false, "rejected", "rejected", Fitted(Thai255)),
    }.Select(c => new TestCaseData(c).SetName($"Hostile name: {c.Label}"));

    /// <summary>A Thai name of exactly <paramref name="bytes"/> UTF-8 bytes ending " 2568-1.csv" (255 is the most ext4 takes).</summary>
    public static string ThaiName(int bytes)
    {
        const string tail = " 2568-1.csv";
        var stem = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(stem + "ข" + tail) <= bytes) stem.Append('ข');
        while (Encoding.UTF8.GetByteCount(stem + tail) < bytes) stem.Append('_');
        return stem + tail;
    }

    /// <summary>The name cut to 245 bytes, room for ".error.txt" beside it.</summary>
    public static string Fitted(string name) => Dlict.Etl.Files.SafeFileName.Fit(name, 245);
}

/// <summary>One hostile name: what the run does with it and where the file ends up.</summary>
public sealed record HostileName(string Label, string Name, bool Valid, string Outcome, string Folder, string StoredAs)
{
    public override string ToString() => Label;
}
