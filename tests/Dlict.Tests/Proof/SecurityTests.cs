using System.Text;
using Dlict.Tests.Cli;

namespace Dlict.Tests.Proof;

/// <summary>`dlict sql` cannot write, attach or load code; secrets never reach output or logs; names never reach the database.</summary>
[Category("Proof")]
public class SecurityTests
{
    [TestCase("ATTACH DATABASE '{0}' AS other")]
    [TestCase("SELECT * FROM v_school; ATTACH DATABASE '{0}' AS other")]
    [TestCase("SELECT load_extension('{0}')")]
    [TestCase("SELECT load_extension('{0}', 'sqlite3_extension_init')")]
    [TestCase("VACUUM INTO '{0}'")]
    [TestCase("PRAGMA writable_schema = ON")]
    [TestCase("WITH x AS (SELECT 1) DELETE FROM dim_school")]
    [TestCase("SELECT 1; DELETE FROM dim_school")]
    [TestCase("REPLACE INTO dim_grade (grade_key) VALUES (1)")]
    [TestCase("/* SELECT */ DROP VIEW v_school")]
    public void Dlict_sql_refuses_what_is_not_a_read(string statement)
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        var target = Path.Combine(w.DataDir.Root, "escape.db");

        var (exit, _, error) = CliRun.Invoke("sql", string.Format(System.Globalization.CultureInfo.InvariantCulture, statement, target), "--data-dir", w.DataDir.Root);

        Assert.That(exit, Is.AnyOf(2, 3), error);
        Assert.That(error, Is.Not.Empty);
        Assert.That(File.Exists(target), Is.False, "a file was written outside the warehouse");
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM dim_school"), Is.EqualTo(3));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'v_school'"), Is.EqualTo(1));
    }

    [Test]
    [CancelAfter(120_000)]
    public void Secrets_never_appear_in_status_ingest_or_serve_output_and_logs()
    {
        using var dir = new TempDir();
        const string smtp = "SmtpPw-7f3a9c", hashKey = "HashKey-5e1d2b-0123456789abcdef-32", sqlPassword = "SqlPw-9b8c7d";
        File.WriteAllText(Path.Combine(dir.Path, "dlict.json"), """{ "smtp": { "host": "127.0.0.1", "port": 1, "security": "none", "user": "office", "from": "dlict@example.org" } }""");
        var env = new Dictionary<string, string> { ["DLICT_SMTP_PASSWORD"] = smtp, ["DLICT_HASH_KEY"] = hashKey };
        var outputs = new List<string>();
        void Run(IReadOnlyDictionary<string, string> e, params string[] args)
        {
            var (exit, output, error) = DlictProcess.Run(dir.Path, e, args);
            outputs.Add($"[{string.Join(' ', args)} → {exit}]\n{output}\n{error}");
        }

        Directory.CreateDirectory(Path.Combine(dir.Path, "inbox"));
        File.WriteAllText(Path.Combine(dir.Path, "inbox", "registry.csv"), "school_code,school_name\n1041010001,บ้านหนึ่ง\n");
        Run(env, "ingest");
        Run(env, "status");
        Run(env, "serve", "--once", "reminders");
        var sqlServer = new Dictionary<string, string>(env) { ["DLICT_CONNECTION"] = $"Server=127.0.0.1,1;Database=dlict;User Id=sa;Password={sqlPassword};Connect Timeout=1;Encrypt=false" };
        Run(sqlServer, "--provider", "sqlserver", "status");
        Run(sqlServer, "--provider", "sqlserver", "ingest");
        using (var serve = DlictProcess.Start(dir.Path, env, "serve"))
        {
            _ = serve.StandardOutput.ReadToEndAsync();
            _ = serve.StandardError.ReadToEndAsync();
            serve.WaitForExit(TimeSpan.FromSeconds(8));
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
        }
        var logs = Directory.Exists(Path.Combine(dir.Path, "logs"))
            ? Directory.EnumerateFiles(Path.Combine(dir.Path, "logs"), "*", SearchOption.AllDirectories).Select(f => $"[{f}]\n" + File.ReadAllText(f))
            : [];
        var all = string.Join("\n", outputs.Concat(logs));
        TestContext.Out.WriteLine(all);

        Assert.That(all, Does.Contain("status"), "the commands ran");
        Assert.That(logs, Is.Not.Empty, "serve wrote its log file");
        foreach (var secret in new[] { smtp, hashKey, sqlPassword })
            Assert.That(all, Does.Not.Contain(secret));
    }

    [TestCase("training", "course_code,start_date,person_id,ชื่อ-สกุล,school_code\nDL-01,5/10/2568,1101700230708,{0},1041010001\nDL-01,5/10/2568,{0},{0},1041010001\n")]
    [TestCase("loans", "เลขที่,รายการ,กลุ่มงาน/โรงเรียน,ชื่อผู้ยืม,วันที่ยืม\nยม.001,โปรเจคเตอร์,กลุ่มอำนวยการ,{0},1/6/2568\nยม.002,กล้อง,กลุ่มนิเทศ,{0},{0}\n")]
    [TestCase("loans", "เลขที่,รายการ,กลุ่มงาน/โรงเรียน,วันที่ยืม\nยม.001,โปรเจคเตอร์,กลุ่มอำนวยการ,1/6/2568\nยม.002,กล้อง,กลุ่มนิเทศ,{0}\n")]
    [TestCase("service_requests", "เลขที่คำขอ,วันที่ขอ,ชื่อผู้ขอ,กลุ่มงาน/โรงเรียน,ประเภทบริการ\nR1,1/10/2568 16.30 น.,{0},โรงเรียนบ้านนา,ซ่อมคอมพิวเตอร์\nR2,{0},{0},กลุ่มนิเทศ,ซ่อมคอมพิวเตอร์\n")]
    public void A_name_never_reaches_the_database_file(string kind, string csv)
    {
        const string name = "นายพิสูจน์ทดสอบไม่ซ้ำใคร";
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        w.Drop($"{kind}.csv", string.Format(System.Globalization.CultureInfo.InvariantCulture, csv, name));

        var outcome = w.Ingest(kind: kind).Files.Single();

        Assert.That(outcome.RowsLoaded, Is.EqualTo(1), outcome.Message);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var needle = Encoding.UTF8.GetBytes(name);
        foreach (var file in new[] { w.DataDir.WarehouseFile, w.DataDir.WarehouseFile + "-wal" }.Where(File.Exists))
            Assert.That(File.ReadAllBytes(file).AsSpan().IndexOf(needle), Is.EqualTo(-1), $"{kind}: the name is in {Path.GetFileName(file)}");
    }
}
