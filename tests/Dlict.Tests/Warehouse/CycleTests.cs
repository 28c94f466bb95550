using Dlict.Etl.Cycles;
using Dlict.Warehouse;

namespace Dlict.Tests.Warehouse;

/// <summary>One cycle type for the ETL, the CLI and the reports, with one parser.</summary>
public class CycleTests
{
    // Round 1 (10 Jun 2025) is in FY 2568 (Oct 2024 – Sep 2025); round 2 (10 Nov 2025) and 3 (31 Mar 2026) in FY 2569.
    [TestCase("2568/1", 2568)]
    [TestCase("2568/2", 2569)]
    [TestCase("2568/3", 2569)]
    [TestCase("2567/3", 2568)]
    public void Fiscal_year_is_that_of_the_cycle_not_of_today(string cycle, int fiscalYear) =>
        Assert.That(Cycle.Parse(cycle).FiscalYear, Is.EqualTo(fiscalYear));

    [TestCase("2568/1", 2568, 1)]
    [TestCase(" 2568 - 2 ", 2568, 2)]
    [TestCase("2568_3", 2568, 3)]
    public void The_one_parser_reads_a_cycle_however_it_is_separated(string text, int year, int round)
    {
        var cycle = Cycle.Parse(text);

        Assert.That((cycle.AcademicYear, cycle.Round, cycle.Key, cycle.ToString(), cycle.FileTag), Is.EqualTo((year, round, year * 10 + round, $"{year}/{round}", $"{year}-{round}")));
    }

    [TestCase("2568/4")]
    [TestCase("2568")]
    [TestCase("68/1")]
    public void A_cycle_the_parser_refuses_is_an_error_in_Thai_and_English(string text)
    {
        Assert.That(Cycle.TryParse(text, out _), Is.False);
        Assert.That(() => Cycle.Parse(text), Throws.ArgumentException.With.Message.Contains("รอบข้อมูล").And.Message.Contains("2568/1"));
    }

    [Test]
    public void The_label_and_the_previous_year_the_reports_print()
    {
        var cycle = new Cycle(2568, 2);

        Assert.That(cycle.ThaiLabel, Is.EqualTo("ปีการศึกษา 2568 รอบ 2"));
        Assert.That(cycle.PreviousYear, Is.EqualTo(new Cycle(2567, 2)));
        Assert.That(Cycle.FromKey(25682), Is.EqualTo(cycle));
    }

    [TestCase("นักเรียน ปี๒๕๖๘ รอบ๒.xlsx", "2568/2")]
    [TestCase("enrolment_2568-1_final.csv", "2568/1")]
    public void A_file_name_gives_its_cycle_through_the_same_type(string name, string expected)
    {
        Assert.That(Cycle.TryFindInName(name, out var cycle), Is.True);
        Assert.That(cycle.ToString(), Is.EqualTo(expected));
    }
}
