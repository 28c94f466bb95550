using Dlict.Etl.Loading;
using Dlict.Warehouse;
using static Dlict.Tests.Etl.Operations.OperationsIngest;

namespace Dlict.Tests.Etl.Operations;

/// <summary>Kind `loans`: an accumulating snapshot; status returned / out / overdue as of today in Bangkok.</summary>
public class LoansTests
{
    private static string Be(DateOnly d) => FormattableString.Invariant($"{d.Day}/{d.Month}/{d.Year + 543}");

    /// <summary>
    /// The view's clock is SQLite's <c>date('now','+7 hours')</c>; the test reads the day it used in the same statement
    /// as the statuses (an aggregate: one sqlite3_step, one "now") and computes what to expect from that day, so a load
    /// that straddles midnight in Bangkok cannot make it fail. The day itself must be the Bangkok date at the query.
    /// </summary>
    [Test]
    public void Status_is_computed_as_of_today_in_bangkok_and_a_later_file_updates_the_loan()
    {
        using var w = new TestWarehouse();
        var today = BangkokToday();
        var (past, yesterday, tomorrow) = (today.AddDays(-20), today.AddDays(-1), today.AddDays(1));
        w.Drop("ทะเบียนยืม.csv",
            "เลขที่,รายการ,ประเภท,กลุ่มงาน/โรงเรียน,ชื่อผู้ยืม,วันที่ยืม,กำหนดคืน,วันที่คืน\n" +
            $"ยม.001,โปรเจคเตอร์ Epson,โปรเจคเตอร์,กลุ่มอำนวยการ,นายหนึ่ง ใจดี,{Be(past)},{Be(yesterday)},\n" +
            $"ยม.002,โน้ตบุ๊ก Acer,notebook,โรงเรียนบ้านนา,นางสอง ใจดี,{Be(past)},{Be(today)},\n" +
            $"ยม.003,กล้อง,,กลุ่มนโยบายและแผน,นายสาม ใจดี,{Be(past)},{Be(yesterday)},{Be(yesterday)}\n" +
            $"ยม.004,ลำโพง,อื่นๆ,กลุ่มนิเทศ,นายสี่ ใจดี,{Be(past)},,\n",
            TestWarehouse.Windows874, new DateTime(2025, 6, 1, 9, 0, 0));
        Assert.That(Run(w).Files.Single().RowsLoaded, Is.EqualTo(4));

        var before = BangkokToday();
        var (asOf, rows) = InOneStatement(w, "SELECT loan_no || '|' || COALESCE(equipment_type, '') || '|' || status AS r FROM v_loans");
        Assert.That(asOf, Is.InRange(before, BangkokToday()), "the view's day is the Bangkok date when it was read");
        string Status(DateOnly? due, DateOnly? returned) => returned is not null ? "returned" : due < asOf ? "overdue" : "out";
        Assert.That(rows, Is.EqualTo(new[]
        {
            $"ยม.001|projector|{Status(yesterday, null)}", $"ยม.002|notebook|{Status(today, null)}",
            $"ยม.003||{Status(yesterday, yesterday)}", $"ยม.004|other|{Status(null, null)}",
        }));
        var (overdueAsOf, overdue) = InOneStatement(w, $"SELECT loan_no AS r FROM ({DocumentedQueries.OverdueLoansToday})");
        Assert.That(overdue, Is.EqualTo(overdueAsOf == today ? new[] { "ยม.001" } : ["ยม.001", "ยม.002"]), $"overdue as of {overdueAsOf}");
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_loan WHERE borrower_group LIKE '%ใจดี%' OR item LIKE '%ใจดี%'"), Is.Zero);

        w.Drop("returned.csv", "loan_no,item,borrower_group,loan_date,due_date,returned_date\n" +
                               $"ยม.001,โปรเจคเตอร์ Epson,กลุ่มอำนวยการ,{Iso.Date(past)},{Iso.Date(yesterday)},{Iso.Date(today)}\n");
        Run(w);
        Assert.That(w.Scalar<string>("SELECT status FROM v_loans WHERE loan_no = 'ยม.001'"), Is.EqualTo("returned"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_loans"), Is.EqualTo(4));
    }

    private static DateOnly BangkokToday() => DateOnly.FromDateTime(BangkokTime.FromUtc(DateTime.UtcNow));

    /// <summary>
    /// The column r of <paramref name="query"/> (sorted) and the view's as_of, read in one aggregate, which SQLite computes
    /// in one sqlite3_step: every date('now') in it is the same instant.
    /// </summary>
    private static (DateOnly AsOf, string[] Rows) InOneStatement(TestWarehouse w, string query)
    {
        var result = w.Scalar<string>(
            $"SELECT (SELECT MIN(as_of) || ',' || MAX(as_of) FROM v_loans) || ';' || COALESCE((SELECT group_concat(r, ';') FROM ({query})), '')");
        var parts = result.Split(';');
        var days = parts[0].Split(',');
        Assert.That(days[1], Is.EqualTo(days[0]), "one day for every row");
        return (DateOnly.ParseExact(days[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), parts[1..].Where(p => p.Length > 0).Order(StringComparer.Ordinal).ToArray());
    }

    [Test]
    public void Overdue_as_of_a_fixed_date_from_the_raw_dates()
    {
        using var w = new TestWarehouse();
        w.Drop("l.csv", "loan_no,item,borrower_group,loan_date,due_date,returned_date\n" +
                        "L1,a,g,2025-06-01,2025-06-10,\nL2,b,g,2025-06-01,2025-06-20,\nL3,c,g,2025-06-01,2025-06-05,2025-06-12\n");
        Run(w);
        const string AsOf = """
            SELECT loan_no, CASE WHEN returned_date IS NOT NULL THEN 'returned' WHEN due_date < @day THEN 'overdue' ELSE 'out' END
            FROM v_loans ORDER BY loan_no
            """;
        Assert.That(w.Query<(string, string)>(AsOf, new { day = "2025-06-15" }),
            Is.EqualTo(new[] { ("L1", "overdue"), ("L2", "out"), ("L3", "returned") }));
    }

    /// <summary>
    /// 600 loans (more than one set-based update statement holds), then a file that returns every even loan, adds 299
    /// new ones and names loan L0001 twice: the later row wins, as a row-by-row update would leave it.
    /// </summary>
    [Test]
    public void A_later_file_updates_existing_loans_and_adds_new_ones_and_the_last_row_of_a_loan_wins()
    {
        using var w = new TestWarehouse();
        static string Line(int n, string returned) => FormattableString.Invariant($"L{n:0000},item {n},g{n % 7},2025-06-01,2025-06-30,{returned}\n");
        const string Header = "loan_no,item,borrower_group,loan_date,due_date,returned_date\n";
        w.Drop("first.csv", Header + string.Concat(Enumerable.Range(1, 600).Select(n => Line(n, ""))), arrivedAt: new DateTime(2025, 6, 1, 9, 0, 0));
        Run(w);
        w.Drop("second.csv", Header + Line(1, "2025-06-05") + string.Concat(Enumerable.Range(2, 898).Where(n => n % 2 == 0 || n > 600).Select(n => Line(n, "2025-06-10"))) +
                             "L0001,item one again,g9,2025-06-02,2025-06-30,\n", arrivedAt: new DateTime(2025, 6, 2, 9, 0, 0));
        var report = Run(w);

        Assert.That(report.Files.Single().RowsLoaded, Is.EqualTo(1 + 300 + 299 + 1));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_loan"), Is.EqualTo(899));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_loan WHERE returned_date = '2025-06-10'"), Is.EqualTo(300 + 299));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_loan WHERE returned_date IS NULL"), Is.EqualTo(300));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_loan WHERE loan_no = 'L0900'"), Is.Zero, "L0900 was never sent");
        Assert.That(w.Query<(string, string, string?, string)>("SELECT item, borrower_group, returned_date, loan_date FROM fact_loan WHERE loan_no = 'L0001'"),
            Is.EqualTo(new[] { ("item one again", "g9", (string?)null, "2025-06-02") }));
        Assert.That(w.Query<(string, string?)>("SELECT item, returned_date FROM fact_loan WHERE loan_no IN ('L0003', 'L0004', 'L0899') ORDER BY loan_no"),
            Is.EqualTo(new[] { ("item 3", (string?)null), ("item 4", "2025-06-10"), ("item 899", "2025-06-10") }));
        Assert.That(w.Scalar<long>("SELECT COUNT(DISTINCT file_id) FROM fact_loan WHERE loan_no IN ('L0002', 'L0003')"), Is.EqualTo(2), "an updated loan points at the file that updated it");
    }

    [Test]
    public void Bad_rows_are_rejected_by_rule()
    {
        using var w = new TestWarehouse();
        w.Drop("bad.csv", "loan_no,item,equipment_type,borrower_group,loan_date,due_date,returned_date\n" +
                          "L1,a,tv,g,2025-06-10,2025-06-12,2025-06-01\n" +   // 2: returned before loan
                          ",a,tv,g,2025-06-10,,\n" +                          // 3: no number
                          "L3,,tv,g,2025-06-10,,\n" +                         // 4: no item
                          "L4,a,tv,,2025-06-10,,\n" +                         // 5: no group
                          "L5,a,tv,g,never,,\n" +                             // 6: loan date
                          "L6,a,tv,g,2025-06-10,soon,\n" +                    // 7: due date
                          "L7,a,ตู้เย็น,g,2025-06-10,,\n");                    // 8: type unknown (warning: loaded)
        var report = Run(w);
        Assert.That(report.Files.Single().RowsLoaded, Is.EqualTo(1));
        Assert.That(Rejects(w, "bad.csv"), Is.EqualTo(new[]
        {
            (2L, "LON-006"), (3L, "LON-001"), (4L, "LON-002"), (5L, "LON-003"), (6L, "LON-004"), (7L, "LON-005"), (8L, "LON-007"),
        }));
    }
}
