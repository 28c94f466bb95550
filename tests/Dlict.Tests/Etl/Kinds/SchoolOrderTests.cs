using System.Globalization;
using Dlict.Etl.Cycles;
using Dlict.Etl.Kinds.Students;
using Dlict.Etl.Loading;
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
    public void A_hold_given_back_to_the_pool_keeps_no_row_and_takes_no_more()
    {
        var held = new SchoolOrder(new CountingAppender(), (_, _) => { });
        for (var i = 0; i < 3; i++) held.Hold(Line(i + 2, "1041010001", new Cycle(2568, 1)));

        held.Dispose(); // a load that failed before its rows were written
        var reused = System.Buffers.ArrayPool<RosterLine>.Shared.Rent(SchoolOrder.Capacity); // this thread's: the same array

        Assert.That(reused.Take(3).Select(l => l.School), Has.All.Null, "no pupil's row left in a pooled array");
        Assert.That(() => held.Hold(Line(9, "1041010001", new Cycle(2568, 1))), Throws.TypeOf<ObjectDisposedException>());
        System.Buffers.ArrayPool<RosterLine>.Shared.Return(reused);
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

    [Test]
    public void Rows_that_come_in_school_order_are_written_as_they_come_and_the_first_out_of_order_ends_that()
    {
        var events = new List<string>();
        var held = new SchoolOrder(new CountingAppender(), (_, line) => events.Add(line.School), () => events.Add("replace"));
        var cycle = new Cycle(2568, 1);
        for (var i = 0; i < SchoolOrder.InOrderRun; i++) held.Hold(Line(i + 2, "1041010001", cycle) with { SchoolRank = 1 });

        Assert.That(events, Has.Count.EqualTo(SchoolOrder.InOrderRun + 1), "a school's own roster: written while the rest is read");
        Assert.That(events[0], Is.EqualTo("replace"), "its old roster goes first");

        events.Clear();
        held.Hold(Line(900, "1041010003", cycle) with { SchoolRank = 3 });
        held.Hold(Line(901, "1041010002", cycle) with { SchoolRank = 2 }); // out of order: held to the end from now on
        for (var i = 0; i < SchoolOrder.InOrderRun; i++) held.Hold(Line(1000 + i, "1041010004", cycle) with { SchoolRank = 4 });
        Assert.That(events, Is.Empty);

        held.Release();
        Assert.That(events.Skip(1).Take(2), Is.EqualTo(new[] { "1041010002", "1041010003" }), "sorted when released");
        Assert.That(events, Has.Count.EqualTo(SchoolOrder.InOrderRun + 3));
    }

    [Test]
    public void It_says_once_when_rows_stop_coming_in_school_order()
    {
        var told = 0;
        using var held = new SchoolOrder(new CountingAppender(), (_, _) => { }, outOfOrder: () => told++);
        var cycle = new Cycle(2568, 1);
        foreach (var code in new[] { "1041010001", "1041010001", "1041010002" }) held.Hold(Line(2, code, cycle));
        var inOrder = told;
        foreach (var code in new[] { "1041010001", "1041010003", "1041010000" }) held.Hold(Line(3, code, cycle));

        Assert.That(inOrder, Is.Zero);
        Assert.That(told, Is.EqualTo(1), "at the first row out of order, not again");
    }

    [Test]
    public void Rows_are_ordered_by_the_schools_rank_and_the_replaced_rosters_go_before_the_rows_are_written()
    {
        var events = new List<string>();
        var held = new SchoolOrder(new CountingAppender(), (_, line) => events.Add($"row {line.RowNumber}"), () => events.Add("replace"));
        var cycle = new Cycle(2568, 1);
        held.Hold(Line(2, "1041010009", cycle) with { SchoolRank = 1_048_575 + 10 }); // past the limit: last
        held.Hold(Line(3, "1041010001", cycle) with { SchoolRank = 7 });
        held.Hold(Line(4, "1041010002", cycle) with { SchoolRank = 3 });
        held.Hold(Line(5, "1041010001", cycle) with { SchoolRank = 7 });

        held.Release();
        held.Release();

        Assert.That(events, Is.EqualTo(new[] { "replace", "row 4", "row 3", "row 5", "row 2" }), "the rank decides, not the code; nothing held, nothing to replace");
    }

    [TestCase(1)]
    [TestCase(2)]
    public void A_full_hold_out_of_order_goes_out_by_cycle_and_rank_each_school_in_file_order(int cycles)
    {
        var written = new List<(int Cycle, int Rank, int Row)>();
        var held = new SchoolOrder(new CountingAppender(), (_, line) => written.Add((line.Cycle.Key, line.SchoolRank, line.RowNumber)));
        var random = new Random(18);
        var rows = Enumerable.Range(0, SchoolOrder.Capacity)
            .Select(i => Line(i, "1041010001", new Cycle(2568 - random.Next(cycles), 1)) with { SchoolRank = 100 + random.Next(30_000) })
            .ToList();

        foreach (var line in rows) held.Hold(line);

        Assert.That(written, Is.EqualTo(rows.Select(l => (l.Cycle.Key, l.SchoolRank, l.RowNumber)).Order()),
            "by cycle, then rank; a school's rows in the order they came (the row number breaks ties)");
    }

    [Test]
    public void The_registry_ranks_codes_in_ordinal_order_and_a_roster_counts_by_grade_and_sex()
    {
        var registry = new SchoolRegistry();
        foreach (var code in new[] { "1041010010", "1041010002", "1041010001" }) registry.Add(code, null, "โรงเรียน " + code, "เพ็ญ");
        Assert.That(registry.CodeOrder(), Is.EqualTo(new Dictionary<string, int> { ["1041010001"] = 0, ["1041010002"] = 1, ["1041010010"] = 2 }));

        var roster = new Roster(new Cycle(2568, 1), "1041010001", new DateTime(2025, 6, 1));
        foreach (var (grade, sex) in new[] { (5, "female"), (4, "male"), (5, "female"), (18, "male"), (20, "female") }) roster.Count(grade, sex);
        Assert.That(roster.Counts(), Is.EqualTo(new[] { (4, "male", 1), (5, "female", 2), (18, "male", 1), (20, "female", 1) }));
    }

    private static RosterLine Line(int row, string school, Cycle cycle) =>
        new() { RowNumber = row, HasIdentity = true, IsStudent = true, School = school, SchoolRank = int.Parse(school[^5..], CultureInfo.InvariantCulture), Cycle = cycle, Problems = [] };

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
