-- The reporting views (T-SQL): the public interface (warehouse.md). Reports and analysts read only these.
-- Same names, columns and semantics as the SQLite 0002_reporting_views.sql.
-- Rates: round half away from zero to one decimal, computed in integers so both dialects agree exactly,
-- then CAST to decimal(5,1). Flags stored as bit are exposed as int 0/1, as SQLite returns them.
-- CREATE VIEW must be alone in its batch: one view per GO-separated batch.

CREATE VIEW v_school AS
WITH latest_cycle AS (
    SELECT school_code, MAX(cycle_key) AS cycle_key FROM fact_enrolment GROUP BY school_code
), latest AS (
    SELECT f.school_code, SUM(f.total) AS students
    FROM fact_enrolment f
    JOIN latest_cycle l ON l.school_code = f.school_code AND l.cycle_key = f.cycle_key
    GROUP BY f.school_code
)
SELECT s.school_code, s.school_name, s.smis_code, s.district, s.subdistrict, s.cluster,
       CAST(s.dltv AS int) AS dltv, s.status,
       l.students,
       CASE WHEN COALESCE(l.students, 0) = 0 THEN 'none'
            WHEN l.students <= 120 THEN 'small'
            WHEN l.students <= 600 THEN 'medium'
            WHEN l.students <= 1500 THEN 'large'
            ELSE 'extra_large' END AS size_group,
       s.valid_from
FROM dim_school s
LEFT JOIN latest l ON l.school_code = s.school_code
WHERE s.is_current = 1;
GO

CREATE VIEW v_enrolment AS
SELECT c.cycle, c.academic_year, c.[round], f.school_code, s.school_name, s.district, s.cluster,
       g.grade, g.grade_level, g.grade_order, f.male, f.female, f.total, f.classrooms
FROM fact_enrolment f
JOIN dim_cycle c ON c.cycle_key = f.cycle_key
JOIN dim_grade g ON g.grade_key = f.grade_key
LEFT JOIN dim_school s ON s.school_code = f.school_code AND s.valid_from <= c.deadline AND c.deadline < s.valid_to;
GO

CREATE VIEW v_submission_status AS
WITH expected AS (
    SELECT c.cycle_key, c.cycle, c.deadline, s.school_code, s.school_name, s.district, s.cluster
    FROM dim_cycle c
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = N'open'
), submissions AS (
    SELECT cycle_key, school_code, MIN(submitted_at) AS first_at, MAX(submitted_at) AS last_at,
           COUNT(*) AS versions, MAX(version) AS last_version
    FROM fact_submission
    GROUP BY cycle_key, school_code
)
SELECT e.cycle, e.school_code, e.school_name, e.district, e.cluster, e.deadline,
       su.first_at AS submitted_at, su.last_at AS last_submitted_at,
       CASE WHEN su.first_at IS NULL THEN 'missing'
            WHEN CAST(su.first_at AS date) <= e.deadline THEN 'on_time'
            ELSE 'late' END AS status,
       COALESCE(su.versions, 0) AS versions,
       COALESCE(lv.rejected_rows, 0) AS rejected_rows
FROM expected e
LEFT JOIN submissions su ON su.cycle_key = e.cycle_key AND su.school_code = e.school_code
LEFT JOIN fact_submission lv ON lv.cycle_key = su.cycle_key AND lv.school_code = su.school_code AND lv.version = su.last_version;
GO

CREATE VIEW v_reporting_rate AS
WITH per_district AS (
    SELECT cycle, COALESCE(district, N'') AS district,
           COUNT(*) AS expected,
           SUM(CASE WHEN status <> 'missing' THEN 1 ELSE 0 END) AS submitted,
           SUM(CASE WHEN status = 'on_time' THEN 1 ELSE 0 END) AS on_time,
           SUM(CASE WHEN status = 'late' THEN 1 ELSE 0 END) AS late,
           SUM(CASE WHEN status = 'missing' THEN 1 ELSE 0 END) AS missing
    FROM v_submission_status
    GROUP BY cycle, COALESCE(district, N'')
), with_all AS (
    SELECT cycle, district, expected, submitted, on_time, late, missing FROM per_district
    UNION ALL
    SELECT cycle, N'ALL', SUM(expected), SUM(submitted), SUM(on_time), SUM(late), SUM(missing)
    FROM per_district GROUP BY cycle
)
SELECT cycle, district, expected, submitted, on_time, late, missing,
       CAST(((2000 * submitted + expected) / (2 * expected)) / 10.0 AS decimal(5, 1)) AS reporting_rate,
       CAST(((2000 * on_time + expected) / (2 * expected)) / 10.0 AS decimal(5, 1)) AS on_time_rate
FROM with_all
WHERE expected > 0;
GO

CREATE VIEW v_school_size AS
WITH expected AS (
    SELECT c.cycle_key, c.cycle, s.school_code
    FROM dim_cycle c
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = N'open'
), totals AS (
    SELECT cycle_key, school_code, SUM(total) AS students FROM fact_enrolment GROUP BY cycle_key, school_code
), sized AS (
    SELECT e.cycle, COALESCE(t.students, 0) AS students,
           CASE WHEN COALESCE(t.students, 0) = 0 THEN 'none'
                WHEN t.students <= 120 THEN 'small'
                WHEN t.students <= 600 THEN 'medium'
                WHEN t.students <= 1500 THEN 'large'
                ELSE 'extra_large' END AS size_group
    FROM expected e
    LEFT JOIN totals t ON t.cycle_key = e.cycle_key AND t.school_code = e.school_code
)
SELECT cycle, size_group, COUNT(*) AS schools, SUM(students) AS students
FROM sized
GROUP BY cycle, size_group;
GO

CREATE VIEW v_rejects AS
SELECT r.run_id, r.source_file, r.sheet, r.row_number, r.column_name, r.[rule], r.value, r.message,
       r.message_en, r.severity, r.school_code, c.cycle, r.file_id
FROM etl_reject r
LEFT JOIN dim_cycle c ON c.cycle_key = r.cycle_key;
GO

CREATE VIEW v_etl_runs AS
SELECT run_id, started_at, finished_at, status, files_seen, files_loaded, files_skipped, files_rejected,
       rows_loaded, rows_rejected
FROM etl_run;
GO
