using System.Data.Common;
using Dapper;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Reports;

/// <summary>
/// A small warehouse with numbers worked out by hand: 3 districts, 6 schools, round 1 of 2567 and 2568.
/// 2568/1 students: เมือง 800 (100 + 700), กุมภวาปี 250 (200 + 50), บ้านดุง 1,600 (+ one school missing) = 2,650;
/// 2567/1 = 2,540. Every school splits its total T as อ.1 T/10 boys + T/10 girls, ป.1 the rest half and half.
/// </summary>
public static class KnownWarehouse
{
    public const string Office = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต 1";
    public const string FormulaName = "=HYPERLINK(\"http://evil.example\",\"x\")";

    /// <summary>code, name, district, cluster, dltv, students 2568/1 (0 = missing), students 2567/1, first submission 2568/1.</summary>
    public static readonly (string Code, string Name, string District, string Cluster, int Dltv, int Now, int Before, string? Submitted)[] Schools =
    [
        ("1041010001", "บ้านหนองบัว", "เมือง", "ก1", 1, 100, 90, "2025-06-05 10:00:00"),
        ("1041010002", "อนุบาลเมือง", "เมือง", "ก1", 0, 700, 650, "2025-06-10 16:00:00"),
        ("1041010003", FormulaName, "กุมภวาปี", "ก2", 0, 200, 210, "2025-06-12 09:00:00"),
        ("1041010004", "บ้านโคก", "กุมภวาปี", "ก2", 1, 50, 60, "2025-06-01 09:00:00"),
        ("1041010005", "บ้านดุงวิทยา", "บ้านดุง", "ก3", 0, 1600, 1500, "2025-06-20 09:00:00"),
        ("1041010006", "บ้านนาไร่", "บ้านดุง", "ก3", 0, 0, 30, null),
    ];

    public static SqliteWarehouse Create(string path)
    {
        var warehouse = SqliteWarehouse.ForFile(path);
        var migrated = warehouse.Migrate(dryRun: false);
        if (!migrated.Successful) throw new InvalidOperationException(migrated.Error);
        using var c = warehouse.Open();
        using var tx = c.BeginTransaction();
        c.Execute("INSERT INTO etl_run (run_id, started_at, finished_at, status, files_seen, files_loaded, rows_loaded) VALUES (7, '2025-06-20 08:00:00', '2025-06-20 08:05:00', 'succeeded', 12, 12, 24)", transaction: tx);
        c.Execute("INSERT INTO etl_file (file_id, run_id, sha256, file_name, size_bytes, status, received_at, loaded_at) VALUES (1, 7, 'x', 'enrolment.xlsx', 1, 'loaded', '2025-06-20 08:00:00', '2025-06-20 08:01:00')", transaction: tx);
        c.Execute("INSERT INTO dim_cycle (cycle_key, cycle, academic_year, round, deadline) VALUES (25671, '2567/1', 2567, 1, '2024-06-10'), (25681, '2568/1', 2568, 1, '2025-06-10')", transaction: tx);
        var submission = 0;
        foreach (var s in Schools)
        {
            c.Execute("INSERT INTO dim_school (school_code, school_name, district, cluster, dltv, status, valid_from, valid_to, is_current) VALUES (@Code, @Name, @District, @Cluster, @Dltv, 'open', '2020-01-01', '9999-12-31', 1)",
                new { s.Code, s.Name, s.District, s.Cluster, s.Dltv }, tx);
            AddSubmission(c, tx, ++submission, 25671, s.Code, "2024-06-03 09:00:00", s.Before, 1);
            if (s.Submitted is not null) AddSubmission(c, tx, ++submission, 25681, s.Code, s.Submitted, s.Now, 1);
        }
        // บ้านโคก sent twice: the first on time, a correction after the deadline (still on time, 2 versions).
        c.Execute("UPDATE fact_submission SET is_latest = 0 WHERE school_code = '1041010004' AND cycle_key = 25681", transaction: tx);
        c.Execute("INSERT INTO fact_submission (submission_id, cycle_key, school_code, version, submitted_at, file_id, rows_loaded, rejected_rows, students, is_latest) VALUES (100, 25681, '1041010004', 2, '2025-06-15 09:00:00', 1, 2, 3, 50, 1)", transaction: tx);
        tx.Commit();
        return warehouse;
    }

    private static void AddSubmission(DbConnection c, DbTransaction tx, int id, int cycleKey, string code, string at, int total, int version)
    {
        c.Execute("INSERT INTO fact_submission (submission_id, cycle_key, school_code, version, submitted_at, file_id, rows_loaded, rejected_rows, students, is_latest) VALUES (@id, @cycleKey, @code, @version, @at, 1, 2, 0, @total, 1)",
            new { id, cycleKey, code, version, at, total }, tx);
        var kg = total / 10;
        var primary = (total - 2 * kg) / 2;
        c.Execute("INSERT INTO fact_enrolment (cycle_key, school_code, grade_key, male, female, total, classrooms, file_id) VALUES (@cycleKey, @code, 1, @kg, @kg, @kgTotal, 1, @id), (@cycleKey, @code, 4, @primary, @primary, @primaryTotal, 2, @id)",
            new { cycleKey, code, kg, kgTotal = 2 * kg, primary, primaryTotal = 2 * primary, id }, tx);
    }
}
