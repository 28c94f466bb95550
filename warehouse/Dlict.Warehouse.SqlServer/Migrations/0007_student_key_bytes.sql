-- fact_student, second shape (T-SQL; same change as the SQLite 0007_student_key_bytes.sql): the student key as its
-- 32 raw HMAC bytes, binary(32), instead of 64 hex characters; clustered in school order as before.
-- The views still show student_key as 64 lower-case hex digits, as before. Existing rows are kept: copied to a
-- session temp table, the table re-created, the keys converted back from hex (CONVERT style 2 = hex without 0x).
SELECT cycle_key, school_code, student_key, id_kind, grade_key, sex, birth_date, file_id
INTO #fact_student_0003
FROM dbo.fact_student;
DROP TABLE dbo.fact_student;
GO

CREATE TABLE fact_student (
    cycle_key   int          NOT NULL CONSTRAINT fk_fact_student_cycle REFERENCES dim_cycle (cycle_key),
    school_code nvarchar(20) NOT NULL,
    student_key binary(32)   NOT NULL,   -- HMAC-SHA256 of the citizen id or G-code
    id_kind     nvarchar(20) NOT NULL CONSTRAINT ck_fact_student_id_kind CHECK (id_kind IN (N'citizen_id', N'g_code')),
    grade_key   int          NOT NULL CONSTRAINT fk_fact_student_grade REFERENCES dim_grade (grade_key),
    sex         nvarchar(10) NOT NULL CONSTRAINT ck_fact_student_sex CHECK (sex IN (N'male', N'female')),
    birth_date  date         NULL,
    file_id     int          NOT NULL
);
CREATE CLUSTERED INDEX ix_fact_student_school ON fact_student (cycle_key, school_code);
CREATE INDEX ix_fact_student_key ON fact_student (cycle_key, student_key) INCLUDE (school_code);

INSERT INTO fact_student (cycle_key, school_code, student_key, id_kind, grade_key, sex, birth_date, file_id)
SELECT cycle_key, school_code, CONVERT(binary(32), student_key, 2), id_kind, grade_key, sex, birth_date, file_id
FROM #fact_student_0003;
DROP TABLE #fact_student_0003;
GO

CREATE OR ALTER VIEW v_student_duplicates AS
WITH placed AS (
    SELECT DISTINCT cycle_key, student_key, school_code FROM fact_student
), doubled AS (
    SELECT cycle_key, student_key, COUNT(*) AS schools, MIN(school_code) AS first_school, MAX(school_code) AS last_school,
           STRING_AGG(school_code, N',') WITHIN GROUP (ORDER BY school_code) AS school_codes
    FROM placed
    GROUP BY cycle_key, student_key
    HAVING COUNT(*) > 1
)
SELECT c.cycle, LOWER(CONVERT(char(64), d.student_key, 2)) AS student_key, d.schools, d.school_codes, d.first_school, d.last_school
FROM doubled d
JOIN dim_cycle c ON c.cycle_key = d.cycle_key;
GO

-- v_roster_reconciliation reads fact_student unchanged: refresh its metadata for the re-created table.
EXEC sys.sp_refreshview N'dbo.v_roster_reconciliation';
GO

EXEC dbo.grant_reader_select;
