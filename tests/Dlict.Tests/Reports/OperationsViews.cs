using Dapper;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Reports;

/// <summary>
/// Stand-ins for the operations views (v_training, v_equipment, v_dltv_readiness,
/// v_service_requests), with the real views' columns in order (the extras beyond warehouse.md null or trivial), over small tables with known numbers.
/// </summary>
public static class OperationsViews
{
    /// <summary>Removes the real operations views, as in a warehouse whose operations data is not built yet.</summary>
    public static void Drop(SqliteWarehouse warehouse)
    {
        using var c = warehouse.Open();
        foreach (var view in new[] { "v_training", "v_equipment", "v_dltv_readiness", "v_service_requests", "v_loans" })
            c.Execute($"DROP VIEW IF EXISTS {view}");
    }

    public static void Add(SqliteWarehouse warehouse, bool withRows = true)
    {
        using var c = warehouse.Open();
        Drop(warehouse);
        c.Execute("""
            CREATE TABLE t_training (course_code TEXT, course_title TEXT, start_date TEXT, fiscal_year INTEGER, school_code TEXT, work_group TEXT, participants INTEGER, attended INTEGER, passed INTEGER, hours REAL);
            CREATE VIEW v_training AS SELECT course_code, course_title, start_date, fiscal_year, school_code, work_group, participants, attended, passed, hours, CAST(NULL AS TEXT) AS school_name FROM t_training;
            CREATE TABLE t_equipment (school_code TEXT, school_name TEXT, district TEXT, equipment_type TEXT, survey_date TEXT, quantity INTEGER, working INTEGER, broken INTEGER);
            CREATE VIEW v_equipment AS SELECT school_code, school_name, district, equipment_type, survey_date, quantity, working, broken, equipment_type AS equipment_label FROM t_equipment;
            CREATE TABLE t_dltv (school_code TEXT, school_name TEXT, district TEXT, has_dish INTEGER, has_receiver INTEGER, has_tv INTEGER, ready INTEGER, usage_rate REAL, last_supervision TEXT, last_rating TEXT);
            CREATE VIEW v_dltv_readiness AS SELECT school_code, school_name, district, has_dish, has_receiver, has_tv, ready, usage_rate, last_supervision, last_rating, CAST(NULL AS TEXT) AS last_usage FROM t_dltv;
            CREATE TABLE t_requests (request_no TEXT, requested_at TEXT, requester_group TEXT, service_type TEXT, decision TEXT, completed_at TEXT, turnaround_days INTEGER);
            CREATE VIEW v_service_requests AS SELECT request_no, requested_at, requester_group, service_type, decision, completed_at, turnaround_days,
              CAST(NULL AS TEXT) AS requester_position, CAST(NULL AS TEXT) AS decided_at, CAST(NULL AS TEXT) AS performed_by_group, CAST(NULL AS INTEGER) AS fiscal_year FROM t_requests;
            """);
        if (!withRows) return;
        c.Execute("""
            INSERT INTO t_training VALUES
              ('C01', 'การใช้ Google Workspace', '2025-11-10', 2569, '1041010001', NULL, 10, 8, 6, 6),
              ('C01', 'การใช้ Google Workspace', '2025-11-10', 2569, '1041010002', NULL, 10, 10, 9, 6),
              ('C02', 'DLTV เบื้องต้น', '2025-03-01', 2568, NULL, 'กลุ่มนิเทศ', 5, 4, 4, 3);
            INSERT INTO t_equipment VALUES
              ('1041010001', 'บ้านหนองบัว', 'เมือง', 'จานรับสัญญาณ', '2025-07-01', 1, 1, 0),
              ('1041010001', 'บ้านหนองบัว', 'เมือง', 'โทรทัศน์', '2025-07-01', 6, 5, 1),
              ('1041010004', 'บ้านโคก', 'กุมภวาปี', 'โทรทัศน์', '2025-07-02', 4, 2, 2),
              ('1041010004', 'บ้านโคก', 'กุมภวาปี', 'จานรับสัญญาณ', '2025-07-02', 1, 0, 1);
            INSERT INTO t_dltv VALUES
              ('1041010001', 'บ้านหนองบัว', 'เมือง', 1, 1, 1, 1, 85.5, '2025-08-15', 'ดี'),
              ('1041010004', 'บ้านโคก', 'กุมภวาปี', 0, 1, 1, 0, 40.0, NULL, NULL);
            INSERT INTO t_requests VALUES
              ('R1', '2025-10-03', 'บ้านหนองบัว', 'ยืมอุปกรณ์', 'approved', '2025-10-05', 2),
              ('R2', '2025-10-20', 'กลุ่มนิเทศ', 'ยืมอุปกรณ์', 'approved', '2025-10-30', 10),
              ('R3', '2025-11-02', 'อนุบาลเมือง', 'ติดตั้งระบบ', 'rejected', '2025-11-03', 1),
              ('R4', '2025-11-15', 'บ้านโคก', 'ติดตั้งระบบ', NULL, NULL, NULL);
            """);
    }
}
