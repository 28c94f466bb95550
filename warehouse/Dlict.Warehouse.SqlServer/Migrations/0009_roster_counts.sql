-- Roster head counts per cycle, school, grade and sex (T-SQL; same change as the SQLite 0009_roster_counts.sql),
-- written by the roster load in the same transaction as the students it counts; v_roster_reconciliation reads
-- them instead of grouping every student of every cycle. Existing rosters are counted once here.
CREATE TABLE fact_roster_count (
    cycle_key   int          NOT NULL CONSTRAINT fk_fact_roster_count_cycle REFERENCES dim_cycle (cycle_key),
    school_code nvarchar(20) NOT NULL,
    grade_key   int          NOT NULL CONSTRAINT fk_fact_roster_count_grade REFERENCES dim_grade (grade_key),
    sex         nvarchar(10) NOT NULL CONSTRAINT ck_fact_roster_count_sex CHECK (sex IN (N'male', N'female')),
    students    int          NOT NULL CONSTRAINT ck_fact_roster_count_students CHECK (students > 0),
    CONSTRAINT pk_fact_roster_count PRIMARY KEY CLUSTERED (cycle_key, school_code, grade_key, sex)
);

INSERT INTO fact_roster_count (cycle_key, school_code, grade_key, sex, students)
SELECT cycle_key, school_code, grade_key, sex, COUNT(*) FROM fact_student GROUP BY cycle_key, school_code, grade_key, sex;
GO

CREATE OR ALTER VIEW v_roster_reconciliation AS
WITH roster AS (
    SELECT cycle_key, school_code, grade_key, sex, students AS n
    FROM fact_roster_count
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

EXEC dbo.grant_reader_select;
