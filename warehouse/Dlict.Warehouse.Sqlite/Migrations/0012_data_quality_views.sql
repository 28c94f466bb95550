-- Data quality over time (spec quality.md): v_enrolment_anomalies, one row per flag, and v_data_quality, one row per
-- expected school and cycle with its score. The figures are v_enrolment's (fact_enrolment holds the latest submission
-- of each school and cycle only); "sent" is a row in fact_submission, i.e. v_submission_status.status <> 'missing'.
-- Each check is one arm of a UNION ALL over the base tables, with the cycle a column of every arm, so that
-- `WHERE cycle = ?` reaches the fact_enrolment key (cycle_key, school_code, grade_key) in every arm.
-- A cycle is compared with the same round of the previous academic year (2568/1 with 2567/1), grade by grade.
-- change_pct: (value − previous) × 100 / previous, half away from zero to one decimal, in integers so both dialects
-- agree; null where the previous value is 0 and for sex_ratio and crowded_room (their two values are not a before
-- and an after).
CREATE VIEW v_enrolment_anomalies AS
WITH flag AS (
    -- jump: the grade's total last year against this year, both > 0
    SELECT c.cycle, s.school_code, s.school_name, s.district, e.grade_key, e.grade_key AS from_grade_key,
           'jump' AS "check", pe.total AS previous_value, e.total AS value
    FROM dim_cycle c
    JOIN dim_cycle p ON p.academic_year = c.academic_year - 1 AND p.round = c.round
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = s.school_code
    JOIN fact_enrolment pe ON pe.cycle_key = p.cycle_key AND pe.school_code = s.school_code AND pe.grade_key = e.grade_key
    WHERE e.total > 0 AND pe.total > 0
      AND abs(e.total - pe.total) >= 10 AND abs(e.total - pe.total) * 100 >= 30 * pe.total
    UNION ALL
    -- new_grade: none last year (0 or no row) in a round the school sent, at least 10 this year
    SELECT c.cycle, s.school_code, s.school_name, s.district, e.grade_key, e.grade_key,
           'new_grade', 0, e.total
    FROM dim_cycle c
    JOIN dim_cycle p ON p.academic_year = c.academic_year - 1 AND p.round = c.round
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = s.school_code
    LEFT JOIN fact_enrolment pe ON pe.cycle_key = p.cycle_key AND pe.school_code = s.school_code AND pe.grade_key = e.grade_key
    WHERE e.total >= 10 AND COALESCE(pe.total, 0) = 0
      AND EXISTS (SELECT 1 FROM fact_submission ps WHERE ps.cycle_key = p.cycle_key AND ps.school_code = s.school_code)
    UNION ALL
    -- grade_vanished: at least 10 last year, none this year (0 or no row) in a round the school sent
    SELECT c.cycle, s.school_code, s.school_name, s.district, pe.grade_key, pe.grade_key,
           'grade_vanished', pe.total, 0
    FROM dim_cycle c
    JOIN dim_cycle p ON p.academic_year = c.academic_year - 1 AND p.round = c.round
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN fact_enrolment pe ON pe.cycle_key = p.cycle_key AND pe.school_code = s.school_code
    LEFT JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = s.school_code AND e.grade_key = pe.grade_key
    WHERE pe.total >= 10 AND COALESCE(e.total, 0) = 0
      AND EXISTS (SELECT 1 FROM fact_submission cs WHERE cs.cycle_key = c.cycle_key AND cs.school_code = s.school_code)
    UNION ALL
    -- cohort: this grade last year against the next grade of the same level this year; grade is the next grade
    SELECT c.cycle, s.school_code, s.school_name, s.district, e.grade_key, pe.grade_key,
           'cohort', pe.total, e.total
    FROM dim_cycle c
    JOIN dim_cycle p ON p.academic_year = c.academic_year - 1 AND p.round = c.round
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = s.school_code
    JOIN fact_enrolment pe ON pe.cycle_key = p.cycle_key AND pe.school_code = s.school_code AND pe.grade_key = e.grade_key - 1
    JOIN dim_grade g ON g.grade_key = e.grade_key
    JOIN dim_grade pg ON pg.grade_key = pe.grade_key AND pg.grade_level = g.grade_level
    WHERE e.total > 0 AND pe.total > 0
      AND abs(e.total - pe.total) >= 10 AND abs(e.total - pe.total) * 100 >= 30 * pe.total
    UNION ALL
    -- sex_ratio: at least 20 pupils and boys under 20 % or over 80 % of them
    SELECT c.cycle, s.school_code, s.school_name, s.district, e.grade_key, e.grade_key,
           'sex_ratio', e.male, e.total
    FROM dim_cycle c
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = s.school_code
    WHERE e.total >= 20 AND (e.male * 100 < 20 * e.total OR e.male * 100 > 80 * e.total)
    UNION ALL
    -- crowded_room: more than 50 pupils to a room
    SELECT c.cycle, s.school_code, s.school_name, s.district, e.grade_key, e.grade_key,
           'crowded_room', e.classrooms, e.total
    FROM dim_cycle c
    JOIN dim_school s ON s.valid_from <= c.deadline AND c.deadline < s.valid_to AND s.status = 'open'
    JOIN fact_enrolment e ON e.cycle_key = c.cycle_key AND e.school_code = s.school_code
    WHERE e.classrooms > 0 AND e.total > 50 * e.classrooms
)
SELECT f.school_code, f.school_name, f.district, f.cycle, g.grade, f."check", f.previous_value, f.value,
       CASE WHEN f."check" IN ('sex_ratio', 'crowded_room') OR f.previous_value = 0 THEN NULL
            ELSE (CASE WHEN f.value < f.previous_value THEN -1 ELSE 1 END)
                 * ((2000 * abs(f.value - f.previous_value) + f.previous_value) / (2 * f.previous_value)) / 10.0
       END AS change_pct,
       CASE f."check"
           WHEN 'jump' THEN 'จำนวนนักเรียน ' || g.grade || ' เปลี่ยนจาก ' || f.previous_value || ' เป็น ' || f.value
                || ' คน (ต่างกันตั้งแต่ 10 คนและร้อยละ 30 ขึ้นไป เทียบกับรอบเดียวกันของปีก่อน)'
           WHEN 'new_grade' THEN 'มีนักเรียน ' || g.grade || ' ' || f.value || ' คน แต่รอบเดียวกันของปีก่อนไม่มีชั้นนี้'
           WHEN 'grade_vanished' THEN 'รอบเดียวกันของปีก่อนมีนักเรียน ' || g.grade || ' ' || f.previous_value
                || ' คน แต่ปีนี้ไม่มี'
           WHEN 'cohort' THEN 'นักเรียน ' || pg.grade || ' ปีก่อน ' || f.previous_value || ' คน เป็น ' || g.grade || ' ปีนี้ '
                || f.value || ' คน (รุ่นเดียวกันต่างกันตั้งแต่ 10 คนและร้อยละ 30 ขึ้นไป)'
           WHEN 'sex_ratio' THEN g.grade || ' มีนักเรียนชาย ' || f.previous_value || ' คน จาก ' || f.value
                || ' คน (ชายต่ำกว่าร้อยละ 20 หรือเกินร้อยละ 80)'
           ELSE g.grade || ' มีนักเรียน ' || f.value || ' คน ใน ' || f.previous_value || ' ห้อง (เกิน 50 คนต่อห้อง)'
       END AS message,
       CASE f."check"
           WHEN 'jump' THEN g.grade || ' enrolment changed from ' || f.previous_value || ' to ' || f.value
                || ' (by at least 10 pupils and 30 % against the same round last year)'
           WHEN 'new_grade' THEN g.grade || ' has ' || f.value || ' pupils but had none in the same round last year'
           WHEN 'grade_vanished' THEN g.grade || ' had ' || f.previous_value
                || ' pupils in the same round last year and has none now'
           WHEN 'cohort' THEN pg.grade || ' last year had ' || f.previous_value || ' pupils, ' || g.grade || ' this year has '
                || f.value || ' (the same cohort, by at least 10 pupils and 30 %)'
           WHEN 'sex_ratio' THEN g.grade || ' has ' || f.previous_value || ' boys of ' || f.value
                || ' pupils (under 20 % or over 80 %)'
           ELSE g.grade || ' has ' || f.value || ' pupils in ' || f.previous_value || ' rooms (over 50 to a room)'
       END AS message_en,
       g.grade_order
FROM flag f
JOIN dim_grade g ON g.grade_key = f.grade_key
JOIN dim_grade pg ON pg.grade_key = f.from_grade_key;

-- score = 100 − 10 × late − min(30, rejected_rows) − min(30, 5 × anomalies); null for a school that has not sent.
CREATE VIEW v_data_quality AS
WITH counted AS (
    SELECT st.school_code, st.school_name, st.district, st.cycle, st.status,
           CASE WHEN st.status = 'late' THEN 1 ELSE 0 END AS late,
           st.rejected_rows,
           (SELECT COUNT(*) FROM v_enrolment_anomalies a WHERE a.cycle = st.cycle AND a.school_code = st.school_code) AS anomalies
    FROM v_submission_status st
)
SELECT school_code, school_name, district, cycle, status, late, rejected_rows, anomalies,
       CASE WHEN status = 'missing' THEN NULL
            ELSE 100 - 10 * late - CASE WHEN rejected_rows > 30 THEN 30 ELSE rejected_rows END
                 - CASE WHEN 5 * anomalies > 30 THEN 30 ELSE 5 * anomalies END
       END AS score
FROM counted;
