using System.Runtime.CompilerServices;
using Dlict.Etl.Kinds.Students;

namespace Dlict.Tests.Etl.Kinds;

public class RosterLineTests
{
    [TestCase("1101700000018")]
    [TestCase("0000000000019")]
    [TestCase("G000012345678")]
    [TestCase("G999999999999")]
    public void A_line_gives_back_the_id_it_was_given(string id)
    {
        var line = new RosterLine { RowNumber = 2, Id = id };

        Assert.That(line.Id, Is.EqualTo(id));
    }

    [Test]
    public void A_line_without_an_id_has_none_and_an_id_is_thirteen_characters()
    {
        Assert.That(new RosterLine { RowNumber = 2 }.Id, Is.Null);
        Assert.That(() => new RosterLine { RowNumber = 2, Id = "110170000001" }, Throws.ArgumentException);
    }

    [Test]
    public void A_line_keeps_no_reference_to_the_cells_string()
    {
        var (line, cell) = LineFromCell();

        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.That(cell.IsAlive, Is.False, "held rows (~130,000 at a time) would keep every cell's string alive until written");
        Assert.That(line.Id, Is.EqualTo("1101700000018"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (RosterLine, WeakReference) LineFromCell()
    {
        var cell = new string("1101700000018".AsSpan()); // a string of its own, as the CSV reader makes per cell
        return (new RosterLine { RowNumber = 2, Id = cell }, new WeakReference(cell));
    }
}
