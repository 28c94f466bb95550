using Dlict.Reports.Queries;

namespace Dlict.Tests.Reports.Queries;

public class CycleInfoTests
{
    // Round 1 (10 Jun 2025) is in FY 2568 (Oct 2024 – Sep 2025); round 2 (10 Nov 2025) and 3 (31 Mar 2026) in FY 2569.
    [TestCase("2568/1", 2568)]
    [TestCase("2568/2", 2569)]
    [TestCase("2568/3", 2569)]
    [TestCase("2567/3", 2568)]
    public void Fiscal_year_is_that_of_the_cycle_not_of_today(string cycle, int fiscalYear) =>
        Assert.That(CycleInfo.Parse(cycle).FiscalYear, Is.EqualTo(fiscalYear));
}
