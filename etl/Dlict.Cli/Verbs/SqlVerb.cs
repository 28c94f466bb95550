using System.CommandLine;
using Dlict.Cli.Settings;
using Dlict.Cli.Sql;

namespace Dlict.Cli.Verbs;

/// <summary>`dlict sql "SELECT …" [--format csv|table|xlsx] [--out FILE]`: ad hoc read-only queries for analysts.</summary>
public static class SqlVerb
{
    private static readonly Argument<string> Statement = new("statement") { Description = "คำสั่ง SELECT หนึ่งคำสั่ง / one SELECT statement" };
    private static readonly Option<string> Format = new("--format") { Description = "csv (default), table or xlsx", DefaultValueFactory = _ => "csv" };
    private static readonly Option<string?> Out = new("--out") { Description = "เขียนผลลงไฟล์ / write to this file (required for xlsx)" };

    static SqlVerb() => Statement.Validators.Add(CommandLinePaths.RefuseOptions);

    public static Command Build()
    {
        Format.AcceptOnlyFromAmong("csv", "table", "xlsx");
        var command = new Command("sql",
            """
            คิวรีแบบอ่านอย่างเดียวบนวิว v_* ตาราง dim_/fact_ และตารางประวัติการนำเข้า etl_* (etl_run, etl_file, etl_reject)
            read-only query on the v_* views, the dim_/fact_ tables and the etl_* lineage tables (etl_run, etl_file, etl_reject).
            SQL Server: the reader login (dlict_reader) sees the v_* views and dim_/fact_ only; the lineage is in v_etl_runs and v_rejects.
            พิมพ์ CSV พร้อมหัวคอลัมน์ / prints CSV with a header row. Statements that write are refused (exit 2).

            ตัวอย่าง / examples:
              dlict sql "SELECT district, SUM(total) AS students FROM v_enrolment WHERE cycle = '2568/1' GROUP BY district"
              dlict sql "SELECT * FROM v_reporting_rate WHERE cycle = '2568/1'" --format table
              dlict sql "SELECT * FROM v_submission_status WHERE status = 'missing'" --format xlsx --out missing.xlsx
              dlict sql "SELECT file_name, status, rows_loaded FROM etl_file ORDER BY file_id DESC" --format table
            ดูคำอธิบายวิวและคอลัมน์ / the views and columns: docs/data-dictionary.md
            """);
        command.Arguments.Add(Statement);
        command.Options.Add(Format);
        command.Options.Add(Out);
        VerbAction.Set(command, (parse, settings) => Run(settings, parse.GetValue(Statement)!, parse.GetValue(Format)!, parse.GetValue(Out), Console.Out));
        return command;
    }

    public static int Run(DlictSettings settings, string statement, string format, string? outPath, TextWriter output)
    {
        if (ReadOnlyStatement.Refusal(statement) is { } refusal)
            throw new UsageException($"ปฏิเสธคำสั่ง / statement refused: {refusal}");
        if (format == "xlsx" && outPath is null)
            throw new UsageException("--format xlsx ต้องระบุ --out ไฟล์.xlsx / --format xlsx needs --out FILE.xlsx");

        var warehouse = WarehouseFactory.Create(settings);
        using var connection = warehouse.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = statement;
        using var reader = Execute(command);
        if (format == "xlsx")
        {
            QueryWorkbook.Write(reader, outPath!, statement);
            output.WriteLine(Path.GetFullPath(outPath!));
            return ExitCodes.Ok;
        }
        using var writer = outPath is null ? null : new StreamWriter(outPath, false, new System.Text.UTF8Encoding(true));
        var target = writer ?? output;
        _ = format == "table" ? QueryOutput.WriteTable(reader, target) : QueryOutput.WriteCsv(reader, target);
        return ExitCodes.Ok;
    }

    private static System.Data.Common.DbDataReader Execute(System.Data.Common.DbCommand command)
    {
        try
        {
            return command.ExecuteReader();
        }
        catch (System.Data.Common.DbException e)
        {
            throw new UsageException($"คำสั่ง SQL ผิดพลาด / SQL error: {e.Message}");
        }
    }
}
