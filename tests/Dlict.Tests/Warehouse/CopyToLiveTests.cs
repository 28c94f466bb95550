using Dapper;
using Dlict.Demo;
using Dlict.Tests.Cli;

namespace Dlict.Tests.Warehouse;

/// <summary>With DLICT_TEST_SQLSERVER: `dlict copy-to` moves a demo warehouse into an empty database.</summary>
[NonParallelizable]
public class CopyToLiveTests
{
    private static readonly string[] Tables = ["dim_school", "dim_cycle", "etl_run", "etl_file", "etl_reject", "fact_submission", "fact_enrolment", "dim_date"];

    [Test]
    public void A_demo_warehouse_is_copied_refused_a_second_time_and_replaced()
    {
        using var database = LiveDatabase.CreateOrIgnore();
        using var source = new TestWarehouse();
        DemoDistrict.Generate(new DemoOptions(Schools: 30, Years: 1), source.DataDir.Inbox);
        source.Ingest();
        (int Exit, string Out, string Error) CopyTo(params string[] extra) =>
            CliRun.Invoke(["copy-to", "--data-dir", source.DataDir.Root, "--provider", "sqlserver", "--connection", database.ConnectionString, .. extra]);

        var first = CopyTo();

        Assert.That(first.Exit, Is.EqualTo(0), first.Out + first.Error);
        Assert.That(first.Out, Does.Contain("fact_enrolment").And.Contain("OK").And.Not.Contain("MISMATCH"));
        using (var target = database.Warehouse.OpenReadOnly())
        {
            foreach (var table in Tables)
                Assert.That(target.ExecuteScalar<long>($"SELECT COUNT_BIG(*) FROM {table}"), Is.EqualTo(source.Scalar<long>($"SELECT COUNT(*) FROM {table}")), table);
            Assert.That(target.ExecuteScalar<long>("SELECT MAX(file_id) FROM etl_file"), Is.EqualTo(source.Scalar<long>("SELECT MAX(file_id) FROM etl_file")));
            const string rates = "SELECT cycle, district, expected, submitted, on_time FROM v_reporting_rate ORDER BY cycle, district";
            Assert.That(target.Query<(string, string, int, int, int)>(rates), Is.EqualTo(source.Query<(string, string, int, int, int)>(rates)));
        }

        var refused = CopyTo();
        Assert.That(refused.Exit, Is.EqualTo(2));
        Assert.That(refused.Error, Does.Contain("--replace").And.Contain("มีข้อมูลอยู่แล้ว"));

        var replaced = CopyTo("--replace");
        Assert.That(replaced.Exit, Is.EqualTo(0), replaced.Out + replaced.Error);

        using var write = database.Warehouse.Open();
        var max = write.ExecuteScalar<int>("SELECT MAX(run_id) FROM etl_run");
        var next = write.ExecuteScalar<int>("INSERT INTO etl_run (started_at, status) OUTPUT inserted.run_id VALUES ('2026-01-01T00:00:00', N'running')");
        Assert.That(next, Is.GreaterThan(max), "identity continues above the copied values");
    }
}
