using System.Text;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>The registry's writes are set-based: hundreds of changed schools in one file, more than one statement's worth.</summary>
public class RegistryBulkChangeTests
{
    private const int Schools = 450;

    [Test]
    public void A_whole_registry_changing_at_once_is_versioned_corrected_and_given_smis_codes()
    {
        using var w = new TestWarehouse();
        w.Drop("registry-1.csv", Registry("ข้อมูล ณ วันที่ 1/5/2567", i => $"กลุ่ม {i % 5}", smis: false), arrivedAt: new DateTime(2024, 5, 2));
        w.Ingest();
        w.Drop("registry-2.csv", Registry("ข้อมูล ณ วันที่ 1/11/2567", i => $"กลุ่มใหม่ {i % 5}", smis: true), arrivedAt: new DateTime(2024, 11, 2));
        w.Ingest();
        w.Drop("registry-3.csv", Registry("ข้อมูล ณ วันที่ 1/11/2567", i => $"กลุ่มแก้ {i % 5}", smis: true), arrivedAt: new DateTime(2024, 11, 3));

        w.Ingest();

        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM dim_school"), Is.EqualTo(2 * Schools), "first versions + one new version each; the same-day file corrects in place");
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM dim_school WHERE is_current = 1 AND valid_from = '2024-11-01' AND cluster LIKE 'กลุ่มแก้%'"), Is.EqualTo(Schools));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM dim_school WHERE is_current = 0 AND valid_to = '2024-11-01' AND cluster LIKE 'กลุ่ม _'"), Is.EqualTo(Schools));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM dim_school WHERE smis_code = '4101' || substr(school_code, 7, 4)"), Is.EqualTo(2 * Schools), "every version has the SMIS code");
        Assert.That(w.Scalar<string>("SELECT cluster FROM v_school WHERE school_code = '1041010449'"), Is.EqualTo("กลุ่มแก้ 4"));
    }

    private static string Registry(string title, Func<int, string> cluster, bool smis)
    {
        var csv = new StringBuilder(title).Append('\n').Append(smis ? "school_code,smis_code,school_name,cluster\n" : "school_code,school_name,cluster\n");
        for (var i = 0; i < Schools; i++)
        {
            var code = $"104101{i:D4}";
            csv.Append(code).Append(',');
            if (smis) csv.Append($"4101{i:D4},");
            csv.Append($"โรงเรียน {i},{cluster(i)}\n");
        }
        return csv.ToString();
    }
}
