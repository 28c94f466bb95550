-- Roster head counts per cycle, school, grade and sex, written by the roster load in the same transaction as the
-- students it counts. v_roster_reconciliation reads these (at most ~1M rows a cycle at national size) instead of
-- grouping every student of every cycle in fact_student (6.5M a cycle): `dlict check` on a national warehouse with
-- a national roster spent 11.5 of its 12.5 s in that grouping. Existing rosters are counted once here.
CREATE TABLE fact_roster_count (
    cycle_key   INTEGER NOT NULL REFERENCES dim_cycle (cycle_key),
    school_code TEXT    NOT NULL,
    grade_key   INTEGER NOT NULL REFERENCES dim_grade (grade_key),
    sex         TEXT    NOT NULL CHECK (sex IN ('male', 'female')),
    students    INTEGER NOT NULL CHECK (students > 0),
    PRIMARY KEY (cycle_key, school_code, grade_key, sex)
) WITHOUT ROWID;

INSERT INTO fact_roster_count (cycle_key, school_code, grade_key, sex, students)
SELECT cycle_key, school_code, grade_key, sex, COUNT(*) FROM fact_student GROUP BY cycle_key, school_code, grade_key, sex;

-- Every enrolment row (both sexes) with its roster count, then the roster counts of grades no enrolment row has:
-- a full outer join written so that a `cycle = ?` filter reaches both tables' keys (one cycle of a national
-- warehouse: 0.6 s; the UNION-of-keys form of 0003 took 4.8 s even on these counts).
DROP VIEW v_roster_reconciliation;
CREATE VIEW v_roster_reconciliation AS
SELECT c.cycle, e.school_code, g.grade, g.grade_order, s.sex,
       r.students AS roster_count,
       CASE s.sex WHEN 'male' THEN e.male ELSE e.female END AS enrolment_count,
       r.students - CASE s.sex WHEN 'male' THEN e.male ELSE e.female END AS difference
FROM fact_enrolment e
JOIN dim_cycle c ON c.cycle_key = e.cycle_key
JOIN dim_grade g ON g.grade_key = e.grade_key
CROSS JOIN (SELECT 'male' AS sex UNION ALL SELECT 'female') s
LEFT JOIN fact_roster_count r ON r.cycle_key = e.cycle_key AND r.school_code = e.school_code AND r.grade_key = e.grade_key AND r.sex = s.sex
UNION ALL
SELECT c.cycle, r.school_code, g.grade, g.grade_order, r.sex, r.students, NULL, NULL
FROM fact_roster_count r
JOIN dim_cycle c ON c.cycle_key = r.cycle_key
JOIN dim_grade g ON g.grade_key = r.grade_key
WHERE NOT EXISTS (SELECT 1 FROM fact_enrolment e WHERE e.cycle_key = r.cycle_key AND e.school_code = r.school_code AND e.grade_key = r.grade_key);
