using System.Security.Cryptography;
using System.Text;
using Dlict.Etl.Loading;

namespace Dlict.Tests.Etl.Loading;

/// <summary>
/// A new UTF-8 CSV is loaded while its bytes are checked and hashed, instead of after a pass that checks first: the
/// results must be the same as the careful way's, including when the file turns out not to be UTF-8 past its first
/// 64 KB block, when a UTF-8 character is cut by a block's end, and when it is a copy of a file already loaded.
/// </summary>
public class StreamedLoadTests
{
    private const string Header = "school_code,school_name,district,cluster\n";

    /// <summary>~100 KB of registry rows in plain ASCII: the first 64 KB block says nothing about Thai letters.</summary>
    private static string AsciiSchools(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"{1041100000 + i},School number {i:00000} of the district,Phen,Cluster {i % 7}\n"));

    [Test]
    public void A_windows_874_file_whose_first_block_is_ascii_loads_its_thai_names_right()
    {
        using var w = new TestWarehouse();
        var ascii = AsciiSchools(2_000);
        var bytes = Encoding.ASCII.GetBytes(Header + ascii).Concat(TestWarehouse.Windows874.GetBytes("1041010001,บ้านหนองบัว,เพ็ญ,กลุ่ม 1\n")).ToArray();
        Assert.That(bytes.Length, Is.GreaterThan(64 * 1024 * 1.4), "the Thai row is past the first block");
        w.Drop("registry.csv", bytes);

        var file = w.Ingest().Files.Single();

        Assert.That(file.Status, Is.EqualTo(FileStatus.Loaded), file.Message);
        Assert.That(file.RowsLoaded, Is.EqualTo(2_001));
        Assert.That(w.Scalar<string>("SELECT school_name FROM dim_school WHERE school_code = '1041010001'"), Is.EqualTo("บ้านหนองบัว"));
        Assert.That(w.Scalar<string>("SELECT sha256 FROM etl_file"), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
    }

    [Test]
    public void A_thai_letter_cut_by_the_first_block_end_is_still_utf8()
    {
        using var w = new TestWarehouse();
        var head = Encoding.UTF8.GetBytes("\uFEFF" + Header);
        var filler = AsciiSchools(1_000);
        // Pad the ASCII so that the Thai name starts 1 byte before the 64 KB boundary: its first letter (3 bytes) straddles it.
        var prefix = head.Length + filler.Length + "1041010001,".Length;
        var pad = new string('x', 64 * 1024 - 1 - prefix);
        var text = filler.TrimEnd('\n') + pad + "\n1041010001,บ้านหนองบัว,เพ็ญ,กลุ่ม 1\n";
        var bytes = head.Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        Assert.That(Array.IndexOf(bytes, (byte)0xE0, 64 * 1024 - 1), Is.EqualTo(64 * 1024 - 1), "a 3-byte letter starts on the block's last byte");
        w.Drop("registry.csv", bytes);

        var file = w.Ingest().Files.Single();

        Assert.That(file.Status, Is.EqualTo(FileStatus.Loaded), file.Message);
        Assert.That(w.Scalar<string>("SELECT school_name FROM dim_school WHERE school_code = '1041010001'"), Is.EqualTo("บ้านหนองบัว"));
        Assert.That(w.Scalar<string>("SELECT district FROM dim_school WHERE school_code = '1041010001'"), Is.EqualTo("เพ็ญ"));
    }

    [Test]
    public void A_copy_of_a_loaded_file_found_only_by_its_hash_is_skipped_with_nothing_kept()
    {
        using var w = new TestWarehouse();
        var bytes = Encoding.UTF8.GetBytes(Header + "1041010001,บ้านหนองบัว,เพ็ญ,กลุ่ม 1\n");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // Same bytes on record but another size: the size check lets it through, so only the hash read at the end finds it.
        w.Drop("earlier.csv", Encoding.UTF8.GetBytes(Header + "1041010002,บ้านโคก,เพ็ญ,กลุ่ม 1\n"));
        Assert.That(w.Ingest().Totals.Loaded, Is.EqualTo(1));
        using (var connection = w.Warehouse.Open())
            Dapper.SqlMapper.Execute(connection, "UPDATE etl_file SET sha256 = @sha256, size_bytes = 1", new { sha256 });
        w.Drop("registry.csv", bytes);

        var file = w.Ingest().Files.Single();

        Assert.That(file.Status, Is.EqualTo(FileStatus.Skipped));
        Assert.That(file.Message, Does.Contain("already loaded"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM dim_school WHERE school_code = '1041010001'"), Is.Zero);
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM etl_file"), Is.EqualTo(1));
        Assert.That(File.Exists(Path.Combine(w.DataDir.Archive, "registry.csv")), Is.True);
    }

    [Test]
    public void A_file_sent_again_under_another_name_is_skipped_and_keeps_one_load()
    {
        using var w = new TestWarehouse();
        var bytes = Encoding.UTF8.GetBytes(Header + AsciiSchools(3_000));
        w.Drop("registry.csv", bytes);
        Assert.That(w.Ingest().Files.Single().Status, Is.EqualTo(FileStatus.Loaded));
        w.Drop("again/registry-copy.csv", bytes);

        var file = w.Ingest().Files.Single();

        Assert.That(file.Status, Is.EqualTo(FileStatus.Skipped));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM etl_file WHERE status = 'loaded'"), Is.EqualTo(1));
        Assert.That(w.Scalar<string>("SELECT sha256 FROM etl_file"), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
    }
}
