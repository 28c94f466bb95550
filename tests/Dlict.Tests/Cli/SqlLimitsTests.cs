using System.Diagnostics;
using Dlict.Cli;
using Dlict.Cli.Settings;
using Dlict.Cli.Sql;
using Dlict.Cli.Verbs;
using OfficeOpenXml;

namespace Dlict.Tests.Cli;

/// <summary>`dlict sql --timeout / --max-rows / --raw`, the CSV formula guard and the escaped terminal table.</summary>
public class SqlLimitsTests
{
    private const string Endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT MAX(x) FROM c";
    private const string TenRows = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10) SELECT x FROM c";

    private static DlictSettings Settings(TestWarehouse w) => new(w.DataDir, "sqlite", null, new DlictConfig());

    [Test]
    public void A_query_running_past_its_timeout_is_stopped_with_exit_1_and_a_message()
    {
        using var w = new TestWarehouse();
        var (output, errors) = (new StringWriter(), new StringWriter());
        var clock = Stopwatch.StartNew();

        var exit = SqlVerb.Run(Settings(w), Endless, "csv", null, output, new SqlLimits(TimeoutSeconds: 1), errors);

        Assert.That(exit, Is.EqualTo(ExitCodes.Rejected));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        Assert.That(errors.ToString(), Does.Contain("stopped after 1 s"));
    }

    [Test]
    public void Rows_past_max_rows_are_not_written_and_the_run_says_so()
    {
        using var w = new TestWarehouse();

        var (exit, output, error) = CliRun.Invoke("sql", TenRows, "--max-rows", "3", "--data-dir", w.DataDir.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.Rejected));
        Assert.That(output.ReplaceLineEndings("\n"), Is.EqualTo("x\n1\n2\n3\n"));
        Assert.That(error, Does.Contain("more than 3 rows"));
    }

    [Test]
    public void A_result_within_max_rows_is_whole_with_exit_0()
    {
        using var w = new TestWarehouse();

        var (exit, output, error) = CliRun.Invoke("sql", TenRows, "--max-rows", "10", "--data-dir", w.DataDir.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(11));
    }

    [Test]
    public void Xlsx_is_capped_at_what_an_excel_sheet_holds()
    {
        using var w = new TestWarehouse();
        var path = Path.Combine(w.DataDir.Root, "cut.xlsx");

        var (exit, _, error) = CliRun.Invoke("sql", TenRows, "--format", "xlsx", "--out", path, "--max-rows", "4", "--data-dir", w.DataDir.Root);
        using var package = new ExcelPackage(new FileInfo(path));

        Assert.That(exit, Is.EqualTo(ExitCodes.Rejected));
        Assert.That(error, Does.Contain("more than 4 rows"));
        Assert.That(package.Workbook.Worksheets[0].Dimension.End.Row, Is.EqualTo(3 + 4));
        Assert.That(QueryWorkbook.MaxRows + 3, Is.EqualTo(1_048_576), "title, blank line and header take three of Excel's rows");
        var options = CliRun.Invoke("sql", "--help").Out;
        Assert.That(options, Does.Contain("--timeout").And.Contain("--max-rows").And.Contain("--raw"));
    }

    [Test]
    public void Csv_cells_that_a_spreadsheet_would_run_get_a_quote_unless_raw()
    {
        using var w = new TestWarehouse();
        const string sql = "SELECT '=HYPERLINK(\"http://x\")' AS a, '+1' AS b, '-2+3' AS c, '@SUM(A1)' AS d, char(9) || 'tab' AS e, char(13) || 'cr' AS f, -5 AS g, 'ok' AS h";

        var (_, guarded, _) = CliRun.Invoke("sql", sql, "--data-dir", w.DataDir.Root);
        var (_, raw, _) = CliRun.Invoke("sql", sql, "--raw", "--data-dir", w.DataDir.Root);

        Assert.That(guarded.Replace("\r\n", "\n", StringComparison.Ordinal), Is.EqualTo(
            "a,b,c,d,e,f,g,h\n\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2+3,'@SUM(A1),'\ttab,\"'\rcr\",-5,ok\n"));
        Assert.That(raw.Replace("\r\n", "\n", StringComparison.Ordinal), Is.EqualTo(
            "a,b,c,d,e,f,g,h\n\"=HYPERLINK(\"\"http://x\"\")\",+1,-2+3,@SUM(A1),\ttab,\"\rcr\",-5,ok\n"));
    }

    [Test]
    public void Control_characters_never_reach_the_terminal_raw_in_a_table()
    {
        using var w = new TestWarehouse();
        var output = new StringWriter();

        SqlVerb.Run(Settings(w), "SELECT char(27) || '[2J' || char(7) AS clear, 'a' || char(8238) || 'b' AS bidi, 'บ้านโคก' AS name", "table", null, output);

        Assert.That(output.ToString().Where(c => c is '\u001b' or '\u0007' or '\u202e'), Is.Empty);
        Assert.That(output.ToString(), Does.Contain("\\x1B[2J\\x07").And.Contain("a\\u202Eb").And.Contain("บ้านโคก"));
    }
}
