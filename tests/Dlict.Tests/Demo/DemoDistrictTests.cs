using System.Security.Cryptography;
using Dlict.Demo;

namespace Dlict.Tests.Demo;

public class DemoDistrictTests : DemoFixture
{
    private static readonly string[] Districts = ["เมืองอุดรธานี", "หนองวัวซอ", "เพ็ญ", "สร้างคอม"];

    [Test]
    public void Default_district_is_generated_quickly()
    {
        Assert.That(Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public void Same_seed_gives_identical_files()
    {
        using var again = new TempDir();
        var second = DemoDistrict.Generate(new DemoOptions(), again.Path);

        Assert.That(second.Files.Select(f => f.Name), Is.EqualTo(Manifest.Files.Select(f => f.Name)));
        foreach (var file in Manifest.Files)
        {
            Assert.That(Hash(again.File(file.Name)), Is.EqualTo(Hash(PathOf(file.Name))), file.Name);
            Assert.That(File.GetLastWriteTime(again.File(file.Name)), Is.EqualTo(file.LastWriteTime), file.Name);
        }
    }

    [Test]
    public void Every_written_file_exists()
    {
        Assert.That(Manifest.Files.Select(f => f.Name), Is.Unique);
        Assert.That(Directory.GetFiles(Dir.Path).Select(Path.GetFileName), Is.EquivalentTo(Manifest.Files.Select(f => f.Name)));
    }

    [Test]
    public void District_has_four_districts_clusters_and_closed_schools()
    {
        Assert.That(Manifest.Schools, Has.Count.EqualTo(200));
        Assert.That(Manifest.Schools.Select(s => s.District).Distinct(), Is.EquivalentTo(Districts));
        Assert.That(Manifest.Schools.Select(s => s.Code), Is.Unique.And.All.Match("^1041[0-9]{6}$"));
        Assert.That(Manifest.Schools.Select(s => s.SmisCode), Is.Unique.And.All.Match("^4101[0-9]{4}$"));
        Assert.That(Manifest.Schools.Count(s => s.Status != SchoolStatus.Open), Is.InRange(2, 3));
        foreach (var cluster in Manifest.Schools.GroupBy(s => s.Cluster))
        {
            Assert.That(cluster.Key, Does.StartWith("กลุ่มเครือข่ายพัฒนาคุณภาพการศึกษา"));
            Assert.That(cluster.Count(), Is.InRange(8, 15), cluster.Key);
        }
    }

    [Test]
    public void Size_mix_matches_obec_primary_bands()
    {
        var first = Manifest.Cycles[0].Key;
        var open = Manifest.Schools.Where(s => s.Status == SchoolStatus.Open).ToList();
        double Share(SchoolSize size) => (double)open.Count(s => DemoSchool.SizeOf(s.StudentsByCycle[first]) == size) / open.Count;

        Assert.That(Share(SchoolSize.Small), Is.InRange(0.50, 0.60));
        Assert.That(Share(SchoolSize.Medium), Is.InRange(0.30, 0.40));
        Assert.That(Share(SchoolSize.Large), Is.InRange(0.05, 0.11));
        Assert.That(Share(SchoolSize.ExtraLarge), Is.InRange(0.005, 0.04));
        var small = open.Where(s => s.Size == SchoolSize.Small).ToList();
        Assert.That((double)small.Count(s => s.Dltv) / small.Count, Is.InRange(0.55, 0.85));
        Assert.That((double)open.Count(s => s.Extended) / open.Count, Is.InRange(0.15, 0.35));
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
