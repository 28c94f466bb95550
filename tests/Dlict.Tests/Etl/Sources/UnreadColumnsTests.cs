using Dlict.Etl.Sources;

namespace Dlict.Tests.Etl.Sources;

/// <summary>Name columns: once the header is known, a CSV sheet stops copying their cells (the loaders never read them).</summary>
public class UnreadColumnsTests
{
    private static List<RawRow> ReadSkippingNames(string text)
    {
        using var dir = new TempDir();
        var path = dir.File("roster.csv");
        File.WriteAllText(path, text);
        var sheet = TabularFile.Open(path).Single();
        using var rows = sheet.Rows.GetEnumerator();
        Assert.That(rows.MoveNext(), Is.True, "the header");
        sheet.Unread.Set([2, 3]);
        var after = new List<RawRow>();
        while (rows.MoveNext()) after.Add(rows.Current);
        return after;
    }

    [Test]
    public void Name_cells_read_as_a_placeholder_or_null_and_the_rest_as_written()
    {
        var rows = ReadSkippingNames(
            "school_code,student_id,first_name,last_name,grade\n" +
            "1041010001,1101700000011,สมชาย,ใจดี,ป.1\n" +
            "1041010001,1101700000029,\"ศรี, สมร\",,ป.2\n" +
            "1041010001,,  ,เด็กหญิง,\n");

        Assert.That(rows.Select(r => r.Cells), Is.EqualTo(new[]
        {
            Expect.Cells("1041010001", "1101700000011", UnreadColumns.Placeholder, UnreadColumns.Placeholder, "ป.1"),
            Expect.Cells("1041010001", "1101700000029", UnreadColumns.Placeholder, null, "ป.2"),
            Expect.Cells("1041010001", null, null, UnreadColumns.Placeholder, null),
        }));
        Assert.That(rows[2].IsBlank, Is.False, "a row holding only a name is still a row to report");
    }

    [Test]
    public void Rows_handed_to_csvhelper_skip_the_same_cells()
    {
        var rows = ReadSkippingNames(
            "school_code,student_id,first_name,last_name,grade\n" +
            "1041010001,1101700000011,สม\"x\"ชาย,ใจดี,ป.1\n" +
            "1041010001,1101700000029,,ดี,ป.2\n"); // a quote inside a plain field: CsvHelper reads from there on

        Assert.That(rows.Select(r => r.Cells), Is.EqualTo(new[]
        {
            Expect.Cells("1041010001", "1101700000011", UnreadColumns.Placeholder, UnreadColumns.Placeholder, "ป.1"),
            Expect.Cells("1041010001", "1101700000029", null, UnreadColumns.Placeholder, "ป.2"),
        }));
    }
}
