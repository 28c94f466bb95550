using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Warehouse;

public class PendingCellsTests
{
    [Test]
    public void The_same_text_again_is_encoded_once_until_the_rows_are_cleared()
    {
        var cells = new PendingCells(4, 2);
        var school = new string("1041010001".AsSpan());

        cells.Text(0, 1, school);
        cells.Text(1, 1, school); // a school's next row: the same string
        var once = cells.BytesUsed;
        cells.Text(2, 1, new string("1041010001".AsSpan())); // equal, but another string: encoded
        cells.Text(3, 1, "ชาย");
        var afterOthers = cells.BytesUsed;
        cells.Clear();
        cells.Text(0, 1, "ชาย"); // after Clear the buffer is new: the last text is forgotten

        Assert.That(once, Is.EqualTo(10));
        Assert.That(afterOthers, Is.EqualTo(10 + 10 + 9), "three Thai letters are 9 bytes of UTF-8");
        Assert.That(cells.BytesUsed, Is.EqualTo(9));
    }
}
