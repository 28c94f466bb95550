namespace Dlict.Demo;

/// <summary>What every operations file needs: the fiscal year, the office's work groups, the schools, and how to save a file.</summary>
internal sealed class OperationsContext(string inbox, IReadOnlyList<SchoolPlan> schools, int fiscalYearBe, Random rng)
{
    public static readonly string[] WorkGroups =
    [
        "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", "กลุ่มอำนวยการ", "กลุ่มบริหารงานบุคคล", "กลุ่มนโยบายและแผน",
        "กลุ่มส่งเสริมการจัดการศึกษา", "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", "กลุ่มบริหารงานการเงินและสินทรัพย์", "หน่วยตรวจสอบภายใน",
    ];

    public Random Rng => rng;

    public int FiscalYearBe => fiscalYearBe;

    /// <summary>1 Oct of the previous CE year.</summary>
    public DateTime Start { get; } = new(ThaiDates.CeYear(fiscalYearBe) - 1, 10, 1);

    /// <summary>30 Sep of the fiscal year.</summary>
    public DateTime End { get; } = new(ThaiDates.CeYear(fiscalYearBe), 9, 30);

    public IReadOnlyList<SchoolPlan> OpenSchools { get; } = [.. schools.Where(s => s.IsOpen)];

    public IReadOnlyList<SchoolPlan> DltvSchools { get; } = [.. schools.Where(s => s.IsOpen && s.Dltv)];

    public DateTime AnyDay() => Start.AddDays(rng.Next(0, (End - Start).Days + 1));

    public T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>A borrower or requester: an office work group, or a school by name.</summary>
    public string GroupOrSchool() => rng.NextDouble() < 0.45 ? Pick(WorkGroups) : "โรงเรียน" + Pick(OpenSchools).Name;

    public string FileName(string stem) => FormattableString.Invariant($"{stem}_ปีงบประมาณ{fiscalYearBe}.csv");

    public OperationsTruth Save(DelimitedFile csv, string kind, string name, List<BrokenRow> broken, System.Text.Encoding encoding, List<WrittenFile> files)
    {
        var mtime = End.AddDays(1).AddHours(9).AddMinutes(files.Count);
        csv.Save(Path.Combine(inbox, name), encoding, mtime);
        var label = encoding.CodePage == 874 ? "windows-874" : encoding.GetPreamble().Length > 0 ? "utf-8-bom" : "utf-8";
        files.Add(new WrittenFile(name, kind, "operations", label, csv.Delimiter.ToString(), mtime));
        return new OperationsTruth(kind, name, csv.Lines - 1, broken);
    }
}
