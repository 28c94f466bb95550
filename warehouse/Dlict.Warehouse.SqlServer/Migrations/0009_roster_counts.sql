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

-- Every enrolment row (both sexes) with its roster count, then the roster counts of grades no enrolment row has:
-- a full outer join written so that a cycle filter reaches both tables' keys.
CREATE OR ALTER VIEW v_roster_reconciliation AS
SELECT c.cycle, e.school_code, g.grade, g.grade_order, s.sex,
       r.students AS roster_count,
       CASE s.sex WHEN N'male' THEN e.male ELSE e.female END AS enrolment_count,
       r.students - CASE s.sex WHEN N'male' THEN e.male ELSE e.female END AS difference
FROM fact_enrolment e
JOIN dim_cycle c ON c.cycle_key = e.cycle_key
JOIN dim_grade g ON g.grade_key = e.grade_key
CROSS JOIN (SELECT CAST(N'male' AS nvarchar(10)) AS sex UNION ALL SELECT CAST(N'female' AS nvarchar(10))) s
LEFT JOIN fact_roster_count r ON r.cycle_key = e.cycle_key AND r.school_code = e.school_code AND r.grade_key = e.grade_key AND r.sex = s.sex
UNION ALL
SELECT c.cycle, r.school_code, g.grade, g.grade_order, r.sex, r.students, NULL, NULL
FROM fact_roster_count r
JOIN dim_cycle c ON c.cycle_key = r.cycle_key
JOIN dim_grade g ON g.grade_key = r.grade_key
WHERE NOT EXISTS (SELECT 1 FROM fact_enrolment e WHERE e.cycle_key = r.cycle_key AND e.school_code = r.school_code AND e.grade_key = r.grade_key);
GO

EXEC dbo.grant_reader_select;
