using Dlict.Etl.Cycles;
using Dlict.Etl.Kinds.Students;
using Dlict.Warehouse;

namespace Dlict.Tests.Etl.Kinds;

public class SchoolOrderTests
{
    [Test]
    public void Rows_go_out_by_cycle_and_school_each_school_in_file_order()
    {
        var written = new List<int>();
        var facts = new CountingAppender();
        var held = new SchoolOrder(facts, (_, line) => written.Add(line.RowNumber));
        var schools = new[] { "1041010003", "1041010001", "1041010002", "1041010001", "1041010003", "1041010001" };
        for (var i = 0; i < schools.Length; i++) held.Hold(Line(i + 2, schools[i], i == 4 ? new Cycle(2567, 1) : new Cycle(2568, 1)));

        held.Release();

        Assert.That(written, Is.EqualTo(new[] { 6, 3, 5, 7, 4, 2 }), "2567/1 first; then school 1 (rows 3, 5, 7), 2 (row 4), 3 (row 2)");
        Assert.That(facts.Flushes, Is.EqualTo(1));
    }

    [Test]
    public void A_full_hold_is_written_before_the_next_row_and_a_school_sorted_file_keeps_its_order()
    {
        var written = new List<int>();
        var held = new SchoolOrder(new CountingAppender(), (_, line) => written.Add(line.RowNumber));
        for (var i = 0; i < SchoolOrder.Capacity; i++) held.Hold(Line(i, $"10410{i / 100:D5}", new Cycle(2568, 1)));

        var atCapacity = written.Count;
        held.Hold(Line(-1, "1041000000", new Cycle(2568, 1)));

        Assert.That(atCapacity, Is.EqualTo(SchoolOrder.Capacity));
        Assert.That(written, Is.EqualTo(Enumerable.Range(0, SchoolOrder.Capacity)), "already in school order: as it came");
    }

    private static RosterLine Line(int row, string school, Cycle cycle) =>
        new() { RowNumber = row, HasIdentity = true, IsStudent = true, School = school, Cycle = cycle, Problems = [] };

    private sealed class CountingAppender : ITableAppender
    {
        public int Flushes { get; private set; }
        public void Set(int column, long value) { }
        public void Set(int column, string? value) { }
        public void Set(int column, ReadOnlySpan<byte> value) { }
        public void SetNull(int column) { }
        public void Add() { }
        public void Flush() => Flushes++;
        public void Dispose() { }
    }
}
