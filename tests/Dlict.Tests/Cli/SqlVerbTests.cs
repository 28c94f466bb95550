using Dlict.Cli;
using Dlict.Cli.Settings;
using Dlict.Cli.Verbs;

namespace Dlict.Tests.Cli;

/// <summary>`dlict sql`: CSV out, writes refused with exit 2, the database opened read-only.</summary>
public class SqlVerbTests
{
    private static DlictSettings Settings(TestWarehouse w) => new(w.DataDir, "sqlite", null, new DlictConfig());

    [Test]
    public void Prints_a_query_as_csv_with_a_header_row()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้าน \"หนองบัว\", ใต้", "เพ็ญ"), ("1041010002", "บ้านโคก", "สร้างคอม"));
        var output = new StringWriter();

        var exit = SqlVerb.Run(Settings(w), "SELECT school_code, school_name, district FROM v_school ORDER BY school_code", "csv", null, output);

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output.ToString().ReplaceLineEndings("\n"), Is.EqualTo(
            "school_code,school_name,district\n1041010001,\"บ้าน \"\"หนองบัว\"\", ใต้\",เพ็ญ\n1041010002,บ้านโคก,สร้างคอม\n"));
    }

    [Test]
    public void A_statement_that_writes_is_refused_with_exit_2_and_changes_nothing()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"));

        var (exit, _, error) = CliRun.Invoke("sql", "DELETE FROM dim_school", "--data-dir", w.DataDir.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("refused"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM dim_school"), Is.EqualTo(1));
    }

    [Test]
    public void The_issue_example_query_prints_students_per_district()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"), ("1041010002", "บ้านโคก", "สร้างคอม"), ("1041010003", "บ้านนา", "เพ็ญ"));
        w.Drop("e 2568-1.csv", "school_code,grade,male,female\n1041010001,ป.1,10,11\n1041010002,ป.1,5,5\n1041010003,ป.2,1,2\n");
        w.Ingest();

        var (exit, output, _) = CliRun.Invoke("sql", "SELECT district, SUM(total) FROM v_enrolment WHERE cycle='2568/1' GROUP BY district ORDER BY district", "--data-dir", w.DataDir.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output.ReplaceLineEndings("\n"), Is.EqualTo("district,SUM(total)\nสร้างคอม,10\nเพ็ญ,24\n"));
    }

    [Test]
    public void The_connection_itself_refuses_writes_even_past_the_statement_check()
    {
        using var w = new TestWarehouse();
        using var connection = w.Warehouse.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM dim_grade";

        Assert.That(() => command.ExecuteNonQuery(), Throws.InstanceOf<System.Data.Common.DbException>());
    }
}
