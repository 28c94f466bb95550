-- fact_student, second shape: the student key as its 32 raw HMAC bytes (BLOB) instead of 64 hex characters: a
-- quarter less on disk and no hex text to build per student. Still a rowid table with one index in school order:
-- rows append whatever order a roster file is in (a WITHOUT ROWID table clustered on (cycle, school, student) was
-- 6 % faster for a file sorted by school but 23 % slower for one that is not). The views show student_key as
-- 64 lower-case hex digits, as before.
DROP VIEW v_student_duplicates;
DROP VIEW v_roster_reconciliation;
ALTER TABLE fact_student RENAME TO fact_student_0003;

CREATE TABLE fact_student (
    cycle_key   INTEGER NOT NULL REFERENCES dim_cycle (cycle_key),
    school_code TEXT    NOT NULL,
    student_key BLOB    NOT NULL CHECK (length(student_key) = 32), -- HMAC-SHA256 of the citizen id or G-code
    id_kind     TEXT    NOT NULL CHECK (id_kind IN ('citizen_id', 'g_code')),
    grade_key   INTEGER NOT NULL REFERENCES dim_grade (grade_key),
    sex         TEXT    NOT NULL CHECK (sex IN ('male', 'female')),
    birth_date  TEXT    NULL,
    file_id     INTEGER NOT NULL
);

INSERT INTO fact_student (cycle_key, school_code, student_key, id_kind, grade_key, sex, birth_date, file_id)
SELECT cycle_key, school_code, unhex(student_key), id_kind, grade_key, sex, birth_date, file_id FROM fact_student_0003;
DROP TABLE fact_student_0003;
CREATE INDEX ix_fact_student_school ON fact_student (cycle_key, school_code);

CREATE VIEW v_student_duplicates AS
WITH placed AS (
    SELECT DISTINCT cycle_key, student_key, school_code FROM fact_student
), doubled AS (
    SELECT cycle_key, student_key, COUNT(*) AS schools, MIN(school_code) AS first_school, MAX(school_code) AS last_school
    FROM placed
    GROUP BY cycle_key, student_key
    HAVING COUNT(*) > 1
)
SELECT c.cycle, lower(hex(d.student_key)) AS student_key, d.schools,
       (SELECT group_concat(p.school_code, ',')
        FROM (SELECT school_code FROM placed q
              WHERE q.cycle_key = d.cycle_key AND q.student_key = d.student_key ORDER BY school_code) p) AS school_codes,
       d.first_school, d.last_school
FROM doubled d
JOIN dim_cycle c ON c.cycle_key = d.cycle_key;

-- Unchanged from 0003 (re-created because it reads fact_student).
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
