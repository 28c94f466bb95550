-- Student rosters (kind `students`) and the submission history view (T-SQL).
-- Same tables, columns and view semantics as the SQLite 0003_students_and_submission_history.sql.
-- Citizen IDs / G-codes are stored only as keyed hashes (HMAC-SHA256, lower-case hex); names are never stored.

-- Every roster a school sent for a cycle (the history); is_latest marks the one in fact_student.
CREATE TABLE fact_roster_submission (
    roster_id     int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_fact_roster_submission PRIMARY KEY,
    cycle_key     int          NOT NULL CONSTRAINT fk_fact_roster_submission_cycle REFERENCES dim_cycle (cycle_key),
    school_code   nvarchar(20) NOT NULL,
    version       int          NOT NULL,
    submitted_at  datetime2(0) NOT NULL,
    file_id       int          NOT NULL CONSTRAINT fk_fact_roster_submission_file REFERENCES etl_file (file_id),
    students      int          NOT NULL,
    rejected_rows int          NOT NULL,
    is_latest     bit          NOT NULL
);
CREATE UNIQUE INDEX ux_fact_roster_submission_version ON fact_roster_submission (cycle_key, school_code, version);

-- One row per student of the latest roster of each school and cycle: clustered in school order (a roster
-- resubmission deletes and reinserts one school's range); the key index serves v_student_duplicates.
CREATE TABLE fact_student (
    cycle_key   int          NOT NULL CONSTRAINT fk_fact_student_cycle REFERENCES dim_cycle (cycle_key),
    school_code nvarchar(20) NOT NULL,
    student_key char(64)     NOT NULL,   -- HMAC-SHA256 of the citizen id or G-code, 64 hex digits
    id_kind     nvarchar(20) NOT NULL CONSTRAINT ck_fact_student_id_kind CHECK (id_kind IN (N'citizen_id', N'g_code')),
    grade_key   int          NOT NULL CONSTRAINT fk_fact_student_grade REFERENCES dim_grade (grade_key),
    sex         nvarchar(10) NOT NULL CONSTRAINT ck_fact_student_sex CHECK (sex IN (N'male', N'female')),
    birth_date  date         NULL,
    file_id     int          NOT NULL
);
CREATE CLUSTERED INDEX ix_fact_student_school ON fact_student (cycle_key, school_code);
CREATE INDEX ix_fact_student_key ON fact_student (cycle_key, student_key) INCLUDE (school_code);
GO

-- Every enrolment submission version (what `dlict check --as-of` replays).
CREATE VIEW v_submission_history AS
SELECT c.cycle, s.school_code, s.version, s.submitted_at, s.rows_loaded, s.rejected_rows,
       CAST(s.is_latest AS int) AS is_latest, s.students, s.file_id
FROM fact_submission s
JOIN dim_cycle c ON c.cycle_key = s.cycle_key;
GO

CREATE VIEW v_student_duplicates AS
WITH placed AS (
    SELECT DISTINCT cycle_key, student_key, school_code FROM fact_student
), doubled AS (
    SELECT cycle_key, student_key, COUNT(*) AS schools, MIN(school_code) AS first_school, MAX(school_code) AS last_school,
           STRING_AGG(school_code, N',') WITHIN GROUP (ORDER BY school_code) AS school_codes
    FROM placed
    GROUP BY cycle_key, student_key
    HAVING COUNT(*) > 1
)
SELECT c.cycle, d.student_key, d.schools, d.school_codes, d.first_school, d.last_school
FROM doubled d
JOIN dim_cycle c ON c.cycle_key = d.cycle_key;
GO

-- Roster head counts against enrolment per school, grade and sex. A full outer join written as the UNION
-- of both sides' keys, as in SQLite; difference is null where one side is absent.
CREATE VIEW v_roster_reconciliation AS
WITH roster AS (
    SELECT cycle_key, school_code, grade_key, sex, COUNT(*) AS n
    FROM fact_student
    GROUP BY cycle_key, school_code, grade_key, sex
), enrolment AS (
    SELECT cycle_key, school_code, grade_key, CAST(N'male' AS nvarchar(10)) AS sex, male AS n FROM fact_enrolment
    UNION ALL
    SELECT cycle_key, school_code, grade_key, CAST(N'female' AS nvarchar(10)) AS sex, female AS n FROM fact_enrolment
), keyed AS (
    SELECT cycle_key, school_code, grade_key, sex FROM roster
    UNION
    SELECT cycle_key, school_code, grade_key, sex FROM enrolment
)
SELECT c.cycle, k.school_code, g.grade, g.grade_order, k.sex,
       r.n AS roster_count, e.n AS enrolment_count, r.n - e.n AS difference
FROM keyed k
JOIN dim_cycle c ON c.cycle_key = k.cycle_key
JOIN dim_grade g ON g.grade_key = k.grade_key
LEFT JOIN roster r ON r.cycle_key = k.cycle_key AND r.school_code = k.school_code AND r.grade_key = k.grade_key AND r.sex = k.sex
LEFT JOIN enrolment e ON e.cycle_key = k.cycle_key AND e.school_code = k.school_code AND e.grade_key = k.grade_key AND e.sex = k.sex;
GO

-- Every roster version (what the completeness check uses to know whether a cycle has rosters at all).
CREATE VIEW v_roster_history AS
SELECT c.cycle, r.school_code, r.version, r.submitted_at, r.students, r.rejected_rows,
       CAST(r.is_latest AS int) AS is_latest, r.file_id
FROM fact_roster_submission r
JOIN dim_cycle c ON c.cycle_key = r.cycle_key;
GO
