using System.Text;

namespace Dlict.Tests.Cli;

/// <summary>`dlict ingest --school CODE`: a school's own export has no school column (issue 18 item 1).</summary>
public class IngestSchoolTests
{
    private const string School = "1041010001", Other = "1041010002";

    /// <summary>A school's student list as DMC exports it (รายชื่อนักเรียน): no school column; names present and never read. IDs are made up.</summary>
    private static readonly string DmcStudentList =
        "ลำดับ,เลขประจำตัวประชาชน,ชั้น,ห้อง,เลขประจำตัวนักเรียน,เพศ,คำนำหน้าชื่อ,ชื่อ,นามสกุล,วันเกิด\n" +
        $"1,{Id("110170012345")},ป.1,1,05123,ชาย,ด.ช.,สมชาย,ใจดี,12/05/2561\n" +
        $"2,{Id("110170012346")},ป.1,1,05124,หญิง,ด.ญ.,สมหญิง,รักเรียน,03/11/2561\n" +
        $"3,{Id("110170012347")},ป.2,1,04988,หญิง,ด.ญ.,มาลี,ศรีสุข,21/01/2560\n";

    /// <summary>The 13-digit citizen ID with its check digit.</summary>
    private static string Id(string first12) => first12 + Dlict.Etl.Values.CitizenId.CheckDigit(first12);

    private static TestWarehouse WithRegistry()
    {
        var w = new TestWarehouse();
        w.LoadRegistry((School, "บ้านหนองบัว", "เพ็ญ"), (Other, "บ้านโคก", "เพ็ญ"));
        return w;
    }

    private static string Outside(TestWarehouse w, string name, string content)
    {
        var path = Path.Combine(w.DataDir.Root, name);
        File.WriteAllText(path, content, new UTF8Encoding(true));
        return path;
    }

    [Test]
    public void A_student_list_without_a_school_column_takes_the_school_given()
    {
        using var w = WithRegistry();
        var file = Outside(w, "รายชื่อนักเรียน.csv", DmcStudentList);

        var run = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--school", School, "--cycle", "2568/1", file);

        Assert.That(run.Exit, Is.Zero, run.Out + run.Error);
        Assert.That(run.Out, Does.Contain("loaded   รายชื่อนักเรียน.csv  kind=students cycle=2568/1 rows=3 rejected=0"));
        Assert.That(w.Query<(string, int, long)>("SELECT school_code, grade_key, COUNT(*) FROM fact_student GROUP BY school_code, grade_key ORDER BY grade_key"),
            Is.EqualTo(new[] { (School, 4, 2L), (School, 5, 1L) }));
    }

    [Test]
    public void Without_the_school_the_same_list_is_rejected_for_its_header()
    {
        using var w = WithRegistry();
        var file = Outside(w, "รายชื่อนักเรียน.csv", DmcStudentList);

        var run = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--cycle", "2568/1", file);

        Assert.That(run.Exit, Is.EqualTo(1), run.Out + run.Error);
        Assert.That(run.Out, Does.Contain("no recognisable header row"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_student"), Is.Zero);
    }

    [Test]
    public void An_smis_code_is_taken_as_its_school_and_an_equipment_survey_without_a_school_column_loads()
    {
        using var w = WithRegistry();
        var file = Outside(w, "สำรวจครุภัณฑ์.csv", "วันที่สำรวจ,ประเภท,จำนวน,ใช้งานได้,ชำรุด\n1/7/2568,คอมพิวเตอร์,12,10,2\n1/7/2568,โทรทัศน์,2,2,0\n");

        var run = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--school", School, file);

        Assert.That(run.Exit, Is.Zero, run.Out + run.Error);
        Assert.That(w.Query<(string, long)>("SELECT school_code, quantity FROM fact_equipment_snapshot ORDER BY quantity"),
            Is.EqualTo(new[] { (School, 2L), (School, 12L) }));
    }

    [Test]
    public void A_file_with_a_school_column_keeps_its_own_schools()
    {
        using var w = WithRegistry();
        var file = Outside(w, "dmc 2568-1.csv", $"school_code,grade,male,female\n{School},ป.1,10,11\n{Other},ป.1,5,5\n");

        var run = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--school", School, file);

        Assert.That(run.Exit, Is.Zero, run.Out + run.Error);
        Assert.That(w.Query<(string, long)>("SELECT school_code, male FROM fact_enrolment ORDER BY school_code"), Is.EqualTo(new[] { (School, 10L), (Other, 5L) }));
    }

    [TestCase("1041019999", "no school with this code in the registry", "ไม่มีโรงเรียนรหัสนี้ในทะเบียนโรงเรียน")]
    [TestCase("10410", "is not a school code", "ไม่ใช่รหัสโรงเรียน")]
    public void An_unknown_or_malformed_school_is_a_usage_error_and_nothing_loads(string code, string english, string thai)
    {
        using var w = WithRegistry();
        var file = Outside(w, "รายชื่อนักเรียน.csv", DmcStudentList);

        var run = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--school", code, "--cycle", "2568/1", file);

        Assert.That(run.Exit, Is.EqualTo(2), run.Out + run.Error);
        Assert.That(run.Error, Does.Contain(english).And.Contain(thai));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM etl_file WHERE file_name = 'รายชื่อนักเรียน.csv'"), Is.Zero);
        Assert.That(File.Exists(file));
    }
}
