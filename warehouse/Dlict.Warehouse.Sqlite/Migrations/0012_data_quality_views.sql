-- Data quality over time (spec quality.md): v_enrolment_anomalies, one row per flag, and v_data_quality, one row per
-- expected school and cycle with its score. The figures are v_enrolment's (fact_enrolment holds the latest submission
-- of each school and cycle only); "sent" is a row in fact_submission, i.e. v_submission_status.status <> 'missing'.
-- Each check is one whole arm of a UNION ALL over the base tables (no CTE, no outer join): a `cycle = ?` filter
-- reaches the fact_enrolment key (cycle_key, school_code, grade_key) in every arm. SQLite does not carry the filter
-- into the arms through a grouping or a correlated subquery, so v_data_quality counts with the arms' own FROM and
-- WHERE (docs/performance.md, "Data quality views").
-- A cycle is compared with the same round of the previous academic year (2568/1 with 2567/1), grade by grade: its
-- cycle_key is 10 less (dim_cycle.cycle_key = academic_year × 10 + round), so every arm seeks the facts' key.
-- change_pct: (value − previous) × 100 / previous, half away from zero to one decimal, in integers so both dialects
-- agree; null where the previous value is 0 and for sex_ratio and crowded_room (their two values are not a before
-- and an after).
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
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = s.school_code
    JOIN dim_grade g ON g.grade_key = e.grade_key
    LEFT JOIN fact_enrolment pe ON pe.cycle_key = c.cycle_key - 10 AND pe.school_code = s.school_code AND pe.grade_key = e.grade_key
    WHERE e.total >= 10 AND COALESCE(pe.total, 0) = 0
      AND EXISTS (SELECT 1 FROM fact_submission ps WHERE ps.cycle_key = c.cycle_key - 10 AND ps.school_code = s.school_code)
UNION ALL
-- grade_vanished: at least 10 last year, none this year (0 or no row) in a round the school sent
SELECT s.school_code, s.school_name, s.district, c.cycle, g.grade, 'grade_vanished' AS "check", pe.total AS previous_value, 0 AS value,
       -100.0 AS change_pct,
       'รอบเดียวกันของปีก่อนมีนักเรียน ' || g.grade || ' ' || pe.total || ' คน แต่ปีนี้ไม่มี' AS message,
       g.grade || ' had ' || pe.total || ' pupils in the same round last year and has none now' AS message_en,
       g.grade_order
    FROM dim_cycle c
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN fact_enrolment pe ON pe.cycle_key = c.cycle_key - 10 AND pe.school_code = s.school_code
    JOIN dim_grade g ON g.grade_key = pe.grade_key
    LEFT JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = s.school_code AND e.grade_key = pe.grade_key
    WHERE pe.total >= 10 AND COALESCE(e.total, 0) = 0
      AND EXISTS (SELECT 1 FROM fact_submission cs WHERE cs.cycle_key = c.cycle_key AND cs.school_code = s.school_code)
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
           -- jump
           (SELECT COUNT(*) FROM fact_enrolment e
                JOIN fact_enrolment pe ON pe.cycle_key = c.cycle_key - 10 AND pe.school_code = st.school_code AND pe.grade_key = e.grade_key
                JOIN dim_grade g ON g.grade_key = e.grade_key
                WHERE e.cycle_key = c.cycle_key AND e.school_code = st.school_code AND e.total > 0 AND pe.total > 0 AND abs(e.total - pe.total) >= 10 AND abs(e.total - pe.total) * 100 >= 30 * pe.total)
           + -- new_grade
           (SELECT COUNT(*) FROM fact_enrolment e
                JOIN dim_grade g ON g.grade_key = e.grade_key
                LEFT JOIN fact_enrolment pe ON pe.cycle_key = c.cycle_key - 10 AND pe.school_code = st.school_code AND pe.grade_key = e.grade_key
                WHERE e.cycle_key = c.cycle_key AND e.school_code = st.school_code AND e.total >= 10 AND COALESCE(pe.total, 0) = 0 AND EXISTS (SELECT 1 FROM fact_submission ps WHERE ps.cycle_key = c.cycle_key - 10 AND ps.school_code = st.school_code))
           + -- grade_vanished
           (SELECT COUNT(*) FROM fact_enrolment pe
                JOIN dim_grade g ON g.grade_key = pe.grade_key
                LEFT JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = st.school_code AND e.grade_key = pe.grade_key
                WHERE pe.cycle_key = c.cycle_key - 10 AND pe.school_code = st.school_code AND pe.total >= 10 AND COALESCE(e.total, 0) = 0 AND EXISTS (SELECT 1 FROM fact_submission cs WHERE cs.cycle_key = c.cycle_key AND cs.school_code = st.school_code))
           + -- cohort
           (SELECT COUNT(*) FROM fact_enrolment e
                JOIN fact_enrolment pe ON pe.cycle_key = c.cycle_key - 10 AND pe.school_code = st.school_code AND pe.grade_key = e.grade_key - 1
                JOIN dim_grade g ON g.grade_key = e.grade_key
                JOIN dim_grade pg ON pg.grade_key = pe.grade_key AND pg.grade_level = g.grade_level
                WHERE e.cycle_key = c.cycle_key AND e.school_code = st.school_code AND e.total > 0 AND pe.total > 0 AND abs(e.total - pe.total) >= 10 AND abs(e.total - pe.total) * 100 >= 30 * pe.total)
           + -- sex_ratio
           (SELECT COUNT(*) FROM fact_enrolment e
                JOIN dim_grade g ON g.grade_key = e.grade_key
                WHERE e.cycle_key = c.cycle_key AND e.school_code = st.school_code AND e.total >= 20 AND (e.male * 100 < 20 * e.total OR e.male * 100 > 80 * e.total))
           + -- crowded_room
           (SELECT COUNT(*) FROM fact_enrolment e
                JOIN dim_grade g ON g.grade_key = e.grade_key
                WHERE e.cycle_key = c.cycle_key AND e.school_code = st.school_code AND e.classrooms > 0 AND e.total > 50 * e.classrooms)
           END AS anomalies
    FROM v_submission_status st
    JOIN dim_cycle c ON c.cycle = st.cycle
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
