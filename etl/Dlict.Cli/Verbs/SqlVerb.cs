using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Dlict.Cli.Settings;
using Dlict.Cli.Sql;

namespace Dlict.Cli.Verbs;

/// <summary>`dlict sql "SELECT …" [--format csv|table|xlsx] [--out FILE]`: ad hoc read-only queries for analysts.</summary>
public static class SqlVerb
{
    private static readonly Argument<string> Statement = new("statement") { Description = "คำสั่ง SELECT หนึ่งคำสั่ง / one SELECT statement" };
    private static readonly Option<string> Format = new("--format") { Description = "csv (default), table or xlsx", DefaultValueFactory = _ => "csv" };
    private static readonly Option<string?> Out = new("--out") { Description = "เขียนผลลงไฟล์ / write to this file (required for xlsx)" };
    private static readonly Option<int> Timeout = new("--timeout") { Description = "หยุดคิวรีที่นานกว่านี้ (วินาที) / stop a query after SECONDS (default 300)", DefaultValueFactory = _ => SqlLimits.DefaultTimeoutSeconds };
    private static readonly Option<long> MaxRows = new("--max-rows") { Description = "แถวมากที่สุด / at most N rows (default 1,000,000; xlsx at most 1,048,573)", DefaultValueFactory = _ => SqlLimits.DefaultMaxRows };
    private static readonly Option<bool> Raw = new("--raw") { Description = "CSV ตามจริง ไม่ใส่ ' หน้าเซลล์ที่ขึ้นต้นด้วย = + - @ / CSV cells as they are, without the ' that stops spreadsheet formulas" };

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
            SQL Server: ตรวจด้วย ScriptDom และใช้ DLICT_READER_CONNECTION / checked with ScriptDom, run on DLICT_READER_CONNECTION.

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
        command.Options.Add(Timeout);
        command.Options.Add(MaxRows);
        command.Options.Add(Raw);
        VerbAction.Set(command, (parse, settings) => Run(settings, parse.GetValue(Statement)!, parse.GetValue(Format)!, parse.GetValue(Out), Console.Out,
            new SqlLimits(parse.GetValue(Timeout), parse.GetValue(MaxRows), parse.GetValue(Raw))));
        return command;
    }

    public static int Run(DlictSettings settings, string statement, string format, string? outPath, TextWriter output, SqlLimits? limits = null, TextWriter? errors = null)
    {
        limits ??= new SqlLimits();
        errors ??= Console.Error;
        if (StatementCheck.Refusal(settings.Provider, statement) is { } refusal)
            throw new UsageException($"ปฏิเสธคำสั่ง / statement refused: {refusal}");
        if (format == "xlsx" && outPath is null)
            throw new UsageException("--format xlsx ต้องระบุ --out ไฟล์.xlsx / --format xlsx needs --out FILE.xlsx");
        if (limits.TimeoutSeconds <= 0 || limits.MaxRows <= 0)
            throw new UsageException("--timeout และ --max-rows ต้องมากกว่า 0 / --timeout and --max-rows must be greater than 0");
        var maxRows = format == "xlsx" ? Math.Min(limits.MaxRows, QueryWorkbook.MaxRows) : limits.MaxRows;

        var warehouse = WarehouseFactory.CreateReader(settings, errors);
        using var connection = warehouse.OpenReadOnly();
        ReaderLogin.EnsureCannotWrite(warehouse.Provider, connection);
        using var command = connection.CreateCommand();
        command.CommandText = statement;
        command.CommandTimeout = limits.TimeoutSeconds + 10; // a backstop: the deadline below stops the query first, on both engines
        using var deadline = new QueryDeadline(command, TimeSpan.FromSeconds(limits.TimeoutSeconds));
        try
        {
            using var reader = Execute(command, deadline);
            var rows = new ResultRows(reader, maxRows);
            Write(rows, format, outPath, output, limits.Raw, statement);
            if (!rows.Cut) return ExitCodes.Ok;
            errors.WriteLine(CutMessage(format, maxRows));
            return ExitCodes.Rejected;
        }
        catch (DbException) when (deadline.Expired)
        {
            errors.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"หยุดคิวรีเพราะนานเกิน {limits.TimeoutSeconds} วินาที — จำกัดช่วงข้อมูลหรือเพิ่ม --timeout / the query was stopped after {limits.TimeoutSeconds} s: narrow it or raise --timeout"));
            return ExitCodes.Rejected;
        }
    }

    private static void Write(ResultRows rows, string format, string? outPath, TextWriter output, bool raw, string statement)
    {
        if (format == "xlsx")
        {
            QueryWorkbook.Write(rows, outPath!, statement);
            output.WriteLine(Path.GetFullPath(outPath!));
            return;
        }
        using var writer = outPath is null ? null : new StreamWriter(outPath, false, new System.Text.UTF8Encoding(true));
        var target = writer ?? output;
        if (format == "table") QueryOutput.WriteTable(rows.Columns, rows, target);
        else QueryOutput.WriteCsv(rows.Columns, rows, target, raw);
    }

    private static string CutMessage(string format, long maxRows) => format == "xlsx" && maxRows == QueryWorkbook.MaxRows
        ? string.Create(CultureInfo.InvariantCulture,
            $"ผลมีเกิน {maxRows:N0} แถว ซึ่งเป็นขีดจำกัดของชีต Excel — เขียนเฉพาะ {maxRows:N0} แถวแรก ใช้ --format csv หรือจำกัดคิวรี / the result has more than {maxRows:N0} rows, the most an Excel sheet holds: only the first {maxRows:N0} were written; use --format csv or narrow the query")
        : string.Create(CultureInfo.InvariantCulture,
            $"ผลมีเกิน {maxRows:N0} แถว — แสดงเฉพาะ {maxRows:N0} แถวแรก จำกัดคิวรีหรือเพิ่ม --max-rows / the result has more than {maxRows:N0} rows: only the first {maxRows:N0} were written; narrow the query or raise --max-rows");

    private static DbDataReader Execute(DbCommand command, QueryDeadline deadline)
    {
        try
        {
            return command.ExecuteReader();
        }
        catch (DbException e) when (!deadline.Expired)
        {
            throw new UsageException($"คำสั่ง SQL ผิดพลาด / SQL error: {e.Message}");
        }
    }
}

/// <summary>`dlict sql`'s limits: <c>--timeout</c>, <c>--max-rows</c>, and <c>--raw</c> for CSV without formula guards.</summary>
public sealed record SqlLimits(int TimeoutSeconds = SqlLimits.DefaultTimeoutSeconds, long MaxRows = SqlLimits.DefaultMaxRows, bool Raw = false)
{
    public const int DefaultTimeoutSeconds = 300;
    public const long DefaultMaxRows = 1_000_000;
}
