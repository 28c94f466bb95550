-- The data-quality views of 0012 with the same columns and rows, cheaper for one cycle (issue 21: both views and
-- `dlict check` under 2 s at national size; docs/performance.md, "Data quality views").
-- v_enrolment_anomalies, new_grade and grade_vanished: the facts are joined before the school and the "sent that round"
-- test runs only where a figure is missing (a CASE that needs the outer-joined row, so SQLite evaluates it after that
-- join instead of once per grade of every school): 0.49 and 0.47 s → 0.19 s each for one national cycle.
-- v_data_quality counts the flags of a school with two correlated subqueries instead of six: one pass over its
-- grades this year with last year's same grade and the grade below (jump, new_grade, cohort, sex_ratio,
-- crowded_room), and one over last year's grades (grade_vanished), once per school: 0012's CTE was flattened into
-- the outer SELECT, which ran the six subqueries again for the score (SELECT * of one national cycle: 3.3 → 1.6 s
-- CPU). AnomalyViewTests and DataQualityViewTests keep the two views in step.
DROP VIEW v_data_quality;
DROP VIEW v_enrolment_anomalies;

CREATE VIEW v_enrolment_anomalies AS
-- jump: the grade's total last year against this year, both > 0
SELECT s.school_code, s.school_name, s.district, c.cycle, g.grade, 'jump' AS "check", pe.total AS previous_value, e.total AS value,
       (CASE WHEN e.total < pe.total THEN -1 ELSE 1 END) * ((2000 * abs(e.total - pe.total) + pe.total) / (2 * pe.total)) / 10.0 AS change_pct,
       'จำนวนนักเรียน ' || g.grade || ' เปลี่ยนจาก ' || pe.total || ' เป็น ' || e.total || ' คน (ต่างกันตั้งแต่ 10 คนและร้อยละ 30 ขึ้นไป เทียบกับรอบเดียวกันของปีก่อน)' AS message,
       g.grade || ' enrolment changed from ' || pe.total || ' to ' || e.total || ' (by at least 10 pupils and 30 % against the same round last year)' AS message_en,
       g.grade_order
    FROM dim_cycle c
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = s.school_code
    JOIN fact_enrolment pe ON pe.cycle_key = c.cycle_key - 10 AND pe.school_code = s.school_code AND pe.grade_key = e.grade_key
    JOIN dim_grade g ON g.grade_key = e.grade_key
    WHERE e.total > 0 AND pe.total > 0
      AND abs(e.total - pe.total) >= 10 AND abs(e.total - pe.total) * 100 >= 30 * pe.total
UNION ALL
-- new_grade: none last year (0 or no row) in a round the school sent, at least 10 this year
SELECT s.school_code, s.school_name, s.district, c.cycle, g.grade, 'new_grade' AS "check", 0 AS previous_value, e.total AS value,
       NULL AS change_pct,
       'มีนักเรียน ' || g.grade || ' ' || e.total || ' คน แต่รอบเดียวกันของปีก่อนไม่มีชั้นนี้' AS message,
       g.grade || ' has ' || e.total || ' pupils but had none in the same round last year' AS message_en,
       g.grade_order
    FROM dim_cycle c
    JOIN fact_enrolment e ON e.cycle_key = c.cycle_key
    LEFT JOIN fact_enrolment pe ON pe.cycle_key = c.cycle_key - 10 AND pe.school_code = e.school_code AND pe.grade_key = e.grade_key
    JOIN dim_school s ON s.school_code = e.school_code AND s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN dim_grade g ON g.grade_key = e.grade_key
    WHERE e.total >= 10 AND COALESCE(pe.total, 0) = 0
      AND CASE WHEN COALESCE(pe.total, 0) = 0 THEN EXISTS (SELECT 1 FROM fact_submission ps WHERE ps.cycle_key = c.cycle_key - 10 AND ps.school_code = e.school_code) END
UNION ALL
-- grade_vanished: at least 10 last year, none this year (0 or no row) in a round the school sent
SELECT s.school_code, s.school_name, s.district, c.cycle, g.grade, 'grade_vanished' AS "check", pe.total AS previous_value, 0 AS value,
       -100.0 AS change_pct,
       'รอบเดียวกันของปีก่อนมีนักเรียน ' || g.grade || ' ' || pe.total || ' คน แต่ปีนี้ไม่มี' AS message,
       g.grade || ' had ' || pe.total || ' pupils in the same round last year and has none now' AS message_en,
       g.grade_order
    FROM dim_cycle c
    JOIN fact_enrolment pe ON pe.cycle_key = c.cycle_key - 10
    LEFT JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = pe.school_code AND e.grade_key = pe.grade_key
    JOIN dim_school s ON s.school_code = pe.school_code AND s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN dim_grade g ON g.grade_key = pe.grade_key
    WHERE pe.total >= 10 AND COALESCE(e.total, 0) = 0
      AND CASE WHEN COALESCE(e.total, 0) = 0 THEN EXISTS (SELECT 1 FROM fact_submission cs WHERE cs.cycle_key = c.cycle_key AND cs.school_code = pe.school_code) END
UNION ALL
-- cohort: this grade last year against the next grade of the same level this year; grade is the next grade
SELECT s.school_code, s.school_name, s.district, c.cycle, g.grade, 'cohort' AS "check", pe.total AS previous_value, e.total AS value,
       (CASE WHEN e.total < pe.total THEN -1 ELSE 1 END) * ((2000 * abs(e.total - pe.total) + pe.total) / (2 * pe.total)) / 10.0 AS change_pct,
       'นักเรียน ' || pg.grade || ' ปีก่อน ' || pe.total || ' คน เป็น ' || g.grade || ' ปีนี้ ' || e.total || ' คน (รุ่นเดียวกันต่างกันตั้งแต่ 10 คนและร้อยละ 30 ขึ้นไป)' AS message,
       pg.grade || ' last year had ' || pe.total || ' pupils, ' || g.grade || ' this year has ' || e.total || ' (the same cohort, by at least 10 pupils and 30 %)' AS message_en,
       g.grade_order
    FROM dim_cycle c
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = s.school_code
    JOIN fact_enrolment pe ON pe.cycle_key = c.cycle_key - 10 AND pe.school_code = s.school_code AND pe.grade_key = e.grade_key - 1
    JOIN dim_grade g ON g.grade_key = e.grade_key
    JOIN dim_grade pg ON pg.grade_key = pe.grade_key AND pg.grade_level = g.grade_level
    WHERE e.total > 0 AND pe.total > 0
      AND abs(e.total - pe.total) >= 10 AND abs(e.total - pe.total) * 100 >= 30 * pe.total
UNION ALL
-- sex_ratio: at least 20 pupils and boys under 20 % or over 80 % of them
SELECT s.school_code, s.school_name, s.district, c.cycle, g.grade, 'sex_ratio' AS "check", e.male AS previous_value, e.total AS value,
       NULL AS change_pct,
       g.grade || ' มีนักเรียนชาย ' || e.male || ' คน จาก ' || e.total || ' คน (ชายต่ำกว่าร้อยละ 20 หรือเกินร้อยละ 80)' AS message,
       g.grade || ' has ' || e.male || ' boys of ' || e.total || ' pupils (under 20 % or over 80 %)' AS message_en,
       g.grade_order
    FROM dim_cycle c
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = s.school_code
    JOIN dim_grade g ON g.grade_key = e.grade_key
    WHERE e.total >= 20 AND (e.male * 100 < 20 * e.total OR e.male * 100 > 80 * e.total)
UNION ALL
-- crowded_room: more than 50 pupils to a room
SELECT s.school_code, s.school_name, s.district, c.cycle, g.grade, 'crowded_room' AS "check", e.classrooms AS previous_value, e.total AS value,
       NULL AS change_pct,
       g.grade || ' มีนักเรียน ' || e.total || ' คน ใน ' || e.classrooms || ' ห้อง (เกิน 50 คนต่อห้อง)' AS message,
       g.grade || ' has ' || e.total || ' pupils in ' || e.classrooms || ' rooms (over 50 to a room)' AS message_en,
       g.grade_order
    FROM dim_cycle c
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = s.school_code
    JOIN dim_grade g ON g.grade_key = e.grade_key
    WHERE e.classrooms > 0 AND e.total > 50 * e.classrooms;

-- score = 100 − 10 × late − min(30, rejected_rows) − min(30, 5 × anomalies); null for a school that has not sent.
CREATE VIEW v_data_quality AS
WITH counted AS (
    -- The flags counted school by school with each arm's own FROM and WHERE (a test compares the counts with
    -- v_enrolment_anomalies): SQLite takes neither a correlated filter nor a grouping's `cycle = ?` into the arms of
    -- that view (15-28 s for one national cycle), but seeks the fact keys here.
    SELECT st.school_code, st.school_name, st.district, st.cycle, st.status, st.rejected_rows,
           CASE WHEN st.status = 'missing' THEN 0 ELSE
           -- jump, new_grade, cohort, sex_ratio and crowded_room: one pass over the school's grades this year
           (SELECT COALESCE(SUM(
                  CASE WHEN e.total > 0 AND pe.total > 0 AND abs(e.total - pe.total) >= 10 AND abs(e.total - pe.total) * 100 >= 30 * pe.total THEN 1 ELSE 0 END
                + CASE WHEN e.total >= 10 AND COALESCE(pe.total, 0) = 0 AND EXISTS (SELECT 1 FROM fact_submission ps WHERE ps.cycle_key = c.cycle_key - 10 AND ps.school_code = st.school_code) THEN 1 ELSE 0 END
                + CASE WHEN e.total > 0 AND pc.total > 0 AND abs(e.total - pc.total) >= 10 AND abs(e.total - pc.total) * 100 >= 30 * pc.total THEN 1 ELSE 0 END
                + CASE WHEN e.total >= 20 AND (e.male * 100 < 20 * e.total OR e.male * 100 > 80 * e.total) THEN 1 ELSE 0 END
                + CASE WHEN e.classrooms > 0 AND e.total > 50 * e.classrooms THEN 1 ELSE 0 END), 0)
                FROM fact_enrolment e
                JOIN dim_grade g ON g.grade_key = e.grade_key
                LEFT JOIN fact_enrolment pe ON pe.cycle_key = c.cycle_key - 10 AND pe.school_code = st.school_code AND pe.grade_key = e.grade_key
                LEFT JOIN dim_grade pg ON pg.grade_key = e.grade_key - 1 AND pg.grade_level = g.grade_level
                LEFT JOIN fact_enrolment pc ON pc.cycle_key = c.cycle_key - 10 AND pc.school_code = st.school_code AND pc.grade_key = pg.grade_key
                WHERE e.cycle_key = c.cycle_key AND e.school_code = st.school_code)
           + -- grade_vanished (the school sent this round: its status is not 'missing')
           (SELECT COUNT(*) FROM fact_enrolment pe
                JOIN dim_grade g ON g.grade_key = pe.grade_key
                LEFT JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = st.school_code AND e.grade_key = pe.grade_key
                WHERE pe.cycle_key = c.cycle_key - 10 AND pe.school_code = st.school_code AND pe.total >= 10 AND COALESCE(e.total, 0) = 0)
           END AS anomalies
    FROM v_submission_status st
    JOIN dim_cycle c ON c.cycle = st.cycle
    -- One row per school and cycle already; the grouping keeps SQLite from copying the counting subqueries into
    -- every use of `anomalies` below (three per row: the column and the score), and `cycle = ?` still reaches them.
    GROUP BY st.cycle, st.school_code
)
SELECT school_code, school_name, district, cycle, status,
       CASE WHEN status = 'late' THEN 1 ELSE 0 END AS late,
       rejected_rows, anomalies,
       CASE WHEN status = 'missing' THEN NULL
            ELSE 100 - CASE WHEN status = 'late' THEN 10 ELSE 0 END
                 - CASE WHEN rejected_rows > 30 THEN 30 ELSE rejected_rows END
                 - CASE WHEN 5 * anomalies > 30 THEN 30 ELSE 5 * anomalies END
       END AS score
FROM counted;
