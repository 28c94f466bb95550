using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Reports;

/// <summary>A national-size warehouse: <paramref name="schools"/> schools × 18 grades × 3 cycles, loaded with prepared INSERTs in one transaction.</summary>
public static class BigWarehouse
{
    public static SqliteWarehouse Create(string path, int schools)
    {
        var warehouse = SqliteWarehouse.ForFile(path);
        warehouse.Migrate(dryRun: false);
        using var c = warehouse.Open();
        using var tx = c.BeginTransaction();
        warehouse.BulkInsert(tx, "etl_run", ["run_id", "started_at", "status"], [[1L, "2025-06-20 08:00:00", "succeeded"]]);
        warehouse.BulkInsert(tx, "etl_file", ["file_id", "run_id", "sha256", "file_name", "size_bytes", "status", "received_at", "loaded_at"],
            [[1L, 1L, "x", "big", 1L, "loaded", "2025-06-20 08:00:00", "2025-06-20 08:00:00"]]);
        (long Key, string Cycle, int Year, int Round, string Deadline)[] cycles =
            [(25671, "2567/1", 2567, 1, "2024-06-10"), (25672, "2567/2", 2567, 2, "2024-11-10"), (25681, "2568/1", 2568, 1, "2025-06-10")];
        warehouse.BulkInsert(tx, "dim_cycle", ["cycle_key", "cycle", "academic_year", "round", "deadline"],
            cycles.Select(y => new object?[] { y.Key, y.Cycle, y.Year, y.Round, y.Deadline }));
        warehouse.BulkInsert(tx, "dim_school", ["school_code", "school_name", "district", "cluster", "dltv", "status", "valid_from", "valid_to", "is_current"],
            Enumerable.Range(0, schools).Select(s => new object?[]
                { Code(s), $"โรงเรียนบ้าน {s}", $"อำเภอ {s % 60:00}", $"กลุ่ม {s % 900:000}", s % 4 == 0, "open", "2020-01-01", "9999-12-31", true }));
        long id = 0;
        var submissions = new List<object?[]>();
        var enrolment = new List<object?[]>();
        foreach (var cycle in cycles)
            for (var s = 0; s < schools; s++)
            {
                if ((s + cycle.Key) % 17 == 0) continue; // about 6 % missing
                id++;
                var size = 5 + (s * 7919 % 97);
                submissions.Add([id, cycle.Key, Code(s), 1L, s % 5 == 0 ? "2025-07-01 09:00:00" : "2024-06-01 09:00:00", 1L, 18L, 0L, 18L * 2 * size, true]);
                for (var g = 1; g <= 18; g++) enrolment.Add([cycle.Key, Code(s), (long)g, (long)size, (long)size, 2L * size, 1L, id]);
            }
        warehouse.BulkInsert(tx, "fact_submission", ["submission_id", "cycle_key", "school_code", "version", "submitted_at", "file_id", "rows_loaded", "rejected_rows", "students", "is_latest"], submissions);
        warehouse.BulkInsert(tx, "fact_enrolment", ["cycle_key", "school_code", "grade_key", "male", "female", "total", "classrooms", "file_id"], enrolment);
        tx.Commit();
        return warehouse;
    }

    private static string Code(int s) => (1000000000L + s).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
