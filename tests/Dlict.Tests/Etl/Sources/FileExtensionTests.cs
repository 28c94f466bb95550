using Dlict.Etl.Sources;

namespace Dlict.Tests.Etl.Sources;

public class FileExtensionTests
{
    [TestCase("data.txt")]
    [TestCase("DATA.CSV")]
    [TestCase("export.Txt")]
    public void Delimited_text_extensions_in_any_case(string name)
    {
        using var dir = new TempDir();
        var path = dir.File(name);
        File.WriteAllText(path, "a\tb\n1\t2\n");

        var rows = TabularFile.Open(path).Single().Rows.ToList();

        Assert.That(rows[1].Cells, Is.EqualTo(Expect.Cells("1", "2")));
    }

    [Test]
    public void A_single_column_file_reads_as_one_cell_per_row()
    {
        using var dir = new TempDir();
        var path = dir.File("codes.csv");
        File.WriteAllText(path, "รหัสโรงเรียน\n0123456789\n");

        var rows = TabularFile.Open(path).Single().Rows.ToList();

        Assert.That(rows[1].Cells, Is.EqualTo(Expect.Cells("0123456789")));
    }
}
