-- fact_student, third shape: the same columns, CHECKs and index, without FOREIGN KEY clauses. SQLite checks a
-- foreign key row by row (a parent lookup for each key of each row: two per student), which was a tenth of the
-- writing thread of a national roster load. The roster loader writes only cycle keys it has just ensured in
-- dim_cycle (CycleTable.Ensure) and grade keys from the grade catalogue that 0001 seeds into dim_grade; a test
-- checks that every student row still has both parents. SQL Server keeps its foreign keys (checked set-based when
-- the staged rows are copied in), and `dlict copy-to` still moves dim_* tables before fact_* ones.
DROP VIEW v_student_duplicates;
ALTER TABLE fact_student RENAME TO fact_student_0007;

CREATE TABLE fact_student (
    cycle_key   INTEGER NOT NULL, -- dim_cycle
    school_code TEXT    NOT NULL,
    student_key BLOB    NOT NULL CHECK (length(student_key) = 32), -- HMAC-SHA256 of the citizen id or G-code
    id_kind     TEXT    NOT NULL CHECK (id_kind IN ('citizen_id', 'g_code')),
    grade_key   INTEGER NOT NULL, -- dim_grade
    sex         TEXT    NOT NULL CHECK (sex IN ('male', 'female')),
    birth_date  TEXT    NULL,
    file_id     INTEGER NOT NULL
);

INSERT INTO fact_student (cycle_key, school_code, student_key, id_kind, grade_key, sex, birth_date, file_id)
SELECT cycle_key, school_code, student_key, id_kind, grade_key, sex, birth_date, file_id FROM fact_student_0007 ORDER BY rowid;
DROP TABLE fact_student_0007;
CREATE INDEX ix_fact_student_school ON fact_student (cycle_key, school_code);

-- Unchanged from 0007 (re-created because it reads fact_student).
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
