namespace Dlict.Demo;

/// <summary>Size and shape of the synthetic district: how many schools, the random seed, and which academic years (BE).</summary>
public sealed record DemoOptions(int Schools = 200, int Seed = 2568, int Years = 2, int FirstYearBe = 2567)
{
    public int LastYearBe => FirstYearBe + Years - 1;

    /// <summary>
    /// The fiscal year (BE) the operations files cover: that of the last cycle (round 3 of the last academic year, in
    /// March of the next CE year), so the workbook of the latest cycle has training and services to show.
    /// </summary>
    public int FiscalYearBe => LastYearBe + 1;
}
