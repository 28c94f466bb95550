-- fact_student, third shape (T-SQL; same change as the SQLite 0011_student_facts_as_codes.sql): the ID kind and sex
-- as small integer codes, the birth date as a yyyymmdd int (the form of dim_date.date_key), so that both dialects
-- hold the same values. Codes: id_kind_code 1 = citizen ID, 2 = G-code; sex_code 1 = male, 2 = female (the DMC's).
-- Existing rows are kept: copied to a session temp table, the table re-created, the values converted.
SELECT cycle_key, school_code, student_key, id_kind, grade_key, sex, birth_date, file_id
INTO #fact_student_0007
FROM dbo.fact_student;
DROP TABLE dbo.fact_student;
GO

CREATE TABLE fact_student (
    cycle_key      int          NOT NULL CONSTRAINT fk_fact_student_cycle REFERENCES dim_cycle (cycle_key),
    school_code    nvarchar(20) NOT NULL,
    student_key    binary(32)   NOT NULL,   -- HMAC-SHA256 of the citizen id or G-code
    id_kind_code   tinyint      NOT NULL CONSTRAINT ck_fact_student_id_kind CHECK (id_kind_code IN (1, 2)), -- 1 citizen ID, 2 G-code
    grade_key      int          NOT NULL CONSTRAINT fk_fact_student_grade REFERENCES dim_grade (grade_key),
    sex_code       tinyint      NOT NULL CONSTRAINT ck_fact_student_sex CHECK (sex_code IN (1, 2)),       -- 1 male, 2 female
    birth_date_key int          NULL CONSTRAINT ck_fact_student_birth CHECK (birth_date_key BETWEEN 18000101 AND 99991231), -- yyyymmdd, CE
    file_id        int          NOT NULL
);
CREATE CLUSTERED INDEX ix_fact_student_school ON fact_student (cycle_key, school_code);
CREATE INDEX ix_fact_student_key ON fact_student (cycle_key, student_key) INCLUDE (school_code);

INSERT INTO fact_student (cycle_key, school_code, student_key, id_kind_code, grade_key, sex_code, birth_date_key, file_id)
SELECT cycle_key, school_code, student_key,
       CASE id_kind WHEN N'citizen_id' THEN 1 ELSE 2 END,
       grade_key,
       CASE sex WHEN N'male' THEN 1 ELSE 2 END,
       CONVERT(int, CONVERT(char(8), birth_date, 112)),
       file_id
FROM #fact_student_0007;
DROP TABLE #fact_student_0007;
GO

-- Unchanged from 0007 (re-created so that its metadata follows the new table).
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

EXEC dbo.grant_reader_select;
