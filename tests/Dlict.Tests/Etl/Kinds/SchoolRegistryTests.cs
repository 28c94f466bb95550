using Dlict.Etl.Loading;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>Kind `schools`: the registry as a type-2 slowly changing dimension.</summary>
public class SchoolRegistryTests
{
    private const string Registry =
        """
        ข้อมูลพื้นฐานโรงเรียน สพป.ทดสอบ
        ข้อมูล ณ วันที่ 1 พฤษภาคม 2567
        รหัสกระทรวง (10 หลัก),ชื่อโรงเรียน,อำเภอ,กลุ่มโรงเรียน,จัดการเรียนการสอน DLTV,สถานะโรงเรียน,Email
        1041010001,บ้านหนองบัว,เมืองอุดรธานี,กลุ่ม 1,ใช้ DLTV,เปิดสอน,a@b.th
        1041010002,บ้านโคก,เมืองอุดรธานี,กลุ่ม 1,ไม่จัด,เรียนรวม,-
        1041-010-003,บ้านนา,เพ็ญ,กลุ่ม 2,-,โรงเรียนหลัก,
        104101000,รหัสผิด,เพ็ญ,กลุ่ม 2,ไม่จัด,เปิดสอน,
        """;

    [Test]
    public void A_registry_with_title_rows_loads_its_schools_and_rejects_the_wrong_code()
    {
        using var w = new TestWarehouse();
        w.Drop("ทะเบียน.csv", Registry);

        var report = w.Ingest();

        Assert.That(report.Files.Single().Status, Is.EqualTo(FileStatus.Loaded));
        Assert.That(report.Files.Single().RowsLoaded, Is.EqualTo(3));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_school"), Is.EqualTo(3));
        Assert.That(w.Scalar<long>("SELECT dltv FROM v_school WHERE school_code = '1041010001'"), Is.EqualTo(1));
        Assert.That(w.Scalar<string>("SELECT status FROM v_school WHERE school_code = '1041010002'"), Is.EqualTo("merged"));
        Assert.That(w.Scalar<string>("SELECT school_code FROM v_school WHERE school_name = 'บ้านนา'"), Is.EqualTo("1041010003"));
        var reject = w.Query<(string Rule, long Row, string Value)>("SELECT rule, row_number, value FROM v_rejects").Single();
        Assert.That(reject, Is.EqualTo(("SCH-001", 7L, "104101000")));
    }

    [Test]
    public void A_changed_cluster_opens_a_new_version_from_the_files_as_of_date()
    {
        using var w = new TestWarehouse();
        w.Drop("ทะเบียน.csv", Registry, arrivedAt: new DateTime(2024, 5, 2));
        w.Ingest();
        w.Drop("ทะเบียน-ใหม่.csv",
            "ข้อมูล ณ วันที่ 1/11/2567\nรหัสโรงเรียน,ชื่อโรงเรียน,กลุ่มเครือข่าย\n1041010001,บ้านหนองบัว,กลุ่ม 9\n1041010003,บ้านนา,กลุ่ม 2\n",
            arrivedAt: new DateTime(2024, 11, 2));

        w.Ingest();

        var versions = w.Query<(string Cluster, string From, string To, long Current)>(
            "SELECT cluster, valid_from, valid_to, is_current FROM dim_school WHERE school_code = '1041010001' ORDER BY valid_from");
        Assert.That(versions, Is.EqualTo(new[] { ("กลุ่ม 1", "1900-01-01", "2024-11-01", 0L), ("กลุ่ม 9", "2024-11-01", "9999-12-31", 1L) }));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM dim_school WHERE school_code = '1041010003'"), Is.EqualTo(1), "unchanged school keeps one version");
        Assert.That(w.Scalar<string>("SELECT district FROM v_school WHERE school_code = '1041010001'"), Is.EqualTo("เมืองอุดรธานี"), "a column the file lacks keeps its value");
    }

    [Test]
    public void The_real_Phrae_school_master_loads_103_schools_and_skips_the_area_office()
    {
        var path = RealData.File("obec-school-master-phrae2.csv");
        using var w = new TestWarehouse();
        File.Copy(path, Path.Combine(w.DataDir.Inbox, "obec-school-master-phrae2.csv"));

        var report = w.Ingest();

        Assert.That(report.Files.Single().Status, Is.EqualTo(FileStatus.Loaded), report.Files.Single().Message);
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_school"), Is.EqualTo(103));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_school WHERE status = 'merged'"), Is.EqualTo(16));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_school WHERE dltv = 1"), Is.EqualTo(51));
        Assert.That(w.Scalar<long>("SELECT COUNT(DISTINCT cluster) FROM v_school"), Is.EqualTo(9));
        Assert.That(w.Scalar<string>("SELECT rule FROM v_rejects WHERE value LIKE 'สำนักงานเขต%'"), Is.EqualTo("SCH-006"));
        Assert.That(w.Query<(string, string)>("SELECT office_name, office_code FROM v_office"),
            Is.EqualTo(new[] { ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาแพร่ เขต 2", "54020000") }));
        Assert.That(w.Scalar<string>("SELECT school_name FROM v_school WHERE school_code = '1054390223'"), Is.EqualTo("บ้านน้ำริน (คุรุราษฎร์รังสรรค์)"));
    }

    [Test]
    public void The_area_office_row_is_kept_in_v_office_and_a_later_registry_refreshes_it()
    {
        using var w = new TestWarehouse();
        const string header = "รหัสกระทรวง (10 หลัก),ชื่อโรงเรียน,อำเภอ\n";
        w.Drop("ทะเบียน1.csv", header + "1041010001,บ้านหนองบัว,เมือง\n41010000,สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงราย เขต 1,เมือง\n",
            arrivedAt: new DateTime(2025, 5, 1, 8, 0, 0));
        w.Ingest();
        w.Drop("ทะเบียน2.csv", header + "1041010001,บ้านหนองบัว,เมือง\n1041010002,บ้านโคก,เมือง\n41010000,สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงราย เขต 1,เมือง\n",
            arrivedAt: new DateTime(2025, 6, 1, 8, 0, 0));
        w.Ingest();

        Assert.That(w.Query<(string, string, string)>("SELECT office_name, office_code, last_seen_at FROM v_office"),
            Is.EqualTo(new[] { ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงราย เขต 1", "41010000", "2025-06-01 08:00:00") }));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_school"), Is.EqualTo(2));
    }
}
