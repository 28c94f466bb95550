-- Student rosters (kind `students`) and the submission history view.
-- Citizen IDs / G-codes are stored only as keyed hashes (HMAC-SHA256, lower-case hex); names are never stored.

-- Every roster a school sent for a cycle (the history); is_latest marks the one in fact_student.
CREATE TABLE fact_roster_submission (
    roster_id     INTEGER PRIMARY KEY,
    cycle_key     INTEGER NOT NULL REFERENCES dim_cycle (cycle_key),
    school_code   TEXT    NOT NULL,
    version       INTEGER NOT NULL,
    submitted_at  TEXT    NOT NULL,
    file_id       INTEGER NOT NULL REFERENCES etl_file (file_id),
    students      INTEGER NOT NULL,
    rejected_rows INTEGER NOT NULL,
    is_latest     INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_fact_roster_submission_version ON fact_roster_submission (cycle_key, school_code, version);

-- One row per student of the latest roster of each school and cycle. A rowid table with one index in
-- school order: the loader streams millions of rows; duplicates within a school are refused while reading.
-- No index on student_key: random 64-hex keys doubled the ingest cost of a national roster (6.5M rows), and
-- v_student_duplicates is an occasional analyst query that can afford one sort.
CREATE TABLE fact_student (
    cycle_key   INTEGER NOT NULL REFERENCES dim_cycle (cycle_key),
    school_code TEXT    NOT NULL,
    student_key TEXT    NOT NULL,                -- HMAC-SHA256 of the citizen id or G-code, 64 hex digits
    id_kind     TEXT    NOT NULL CHECK (id_kind IN ('citizen_id', 'g_code')),
    grade_key   INTEGER NOT NULL REFERENCES dim_grade (grade_key),
    sex         TEXT    NOT NULL CHECK (sex IN ('male', 'female')),
    birth_date  TEXT    NULL,
    file_id     INTEGER NOT NULL
);
CREATE INDEX ix_fact_student_school ON fact_student (cycle_key, school_code);

-- Every enrolment submission version (what `dlict check --as-of` replays).
CREATE VIEW v_submission_history AS
SELECT c.cycle, s.school_code, s.version, s.submitted_at, s.rows_loaded, s.rejected_rows, s.is_latest,
       s.students, s.file_id
FROM fact_submission s
JOIN dim_cycle c ON c.cycle_key = s.cycle_key;

CREATE VIEW v_student_duplicates AS
WITH placed AS (
    SELECT DISTINCT cycle_key, student_key, school_code FROM fact_student
), doubled AS (
    SELECT cycle_key, student_key, COUNT(*) AS schools, MIN(school_code) AS first_school, MAX(school_code) AS last_school
    FROM placed
    GROUP BY cycle_key, student_key
    HAVING COUNT(*) > 1
)
SELECT c.cycle, d.student_key, d.schools,
       (SELECT group_concat(p.school_code, ',')
        FROM (SELECT school_code FROM placed q
              WHERE q.cycle_key = d.cycle_key AND q.student_key = d.student_key ORDER BY school_code) p) AS school_codes,
       d.first_school, d.last_school
FROM doubled d
JOIN dim_cycle c ON c.cycle_key = d.cycle_key;

-- Roster head counts against enrolment per school, grade and sex. A full outer join written as the UNION
-- of both sides' keys, so both dialects agree; difference is null where one side is absent.
CREATE VIEW v_roster_reconciliation AS
WITH roster AS (
    SELECT cycle_key, school_code, grade_key, sex, COUNT(*) AS n
    FROM fact_student
    GROUP BY cycle_key, school_code, grade_key, sex
), enrolment AS (
    SELECT cycle_key, school_code, grade_key, 'male' AS sex, male AS n FROM fact_enrolment
    UNION ALL
    SELECT cycle_key, school_code, grade_key, 'female' AS sex, female AS n FROM fact_enrolment
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

-- Every roster version (what the completeness check uses to know whether a cycle has rosters at all).
CREATE VIEW v_roster_history AS
SELECT c.cycle, r.school_code, r.version, r.submitted_at, r.students, r.rejected_rows, r.is_latest, r.file_id
FROM fact_roster_submission r
JOIN dim_cycle c ON c.cycle_key = r.cycle_key;
