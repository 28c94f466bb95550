-- DLICT operations (operations manual, processes 1-5 and the service desk): staff digital training, ICT/DLTV
-- equipment surveys, the loan register, the DLTV usage log, supervision visits and service requests.
-- People appear only as dim_person (an HMAC-SHA256 of the 13-digit id); names are never stored.
-- Dates are ISO text ('yyyy-MM-dd'); date-times are Asia/Bangkok local ('yyyy-MM-dd HH:mm:ss').

CREATE TABLE dim_person (
    person_key  INTEGER PRIMARY KEY,
    person_hash TEXT    NOT NULL UNIQUE            -- lowercase hex HMAC-SHA256 of the 13-digit id
);

CREATE TABLE dim_course (
    course_key   INTEGER PRIMARY KEY,
    course_code  TEXT    NOT NULL UNIQUE,
    course_title TEXT    NULL,
    start_date   TEXT    NOT NULL,
    hours        REAL    NULL,
    etl_file_id  INTEGER NULL                      -- the file that last described the course
);

CREATE TABLE dim_equipment_type (
    equipment_type_key INTEGER PRIMARY KEY,
    equipment_type     TEXT    NOT NULL UNIQUE,     -- dish, receiver, tv, computer, notebook, tablet, projector, router, other
    label_th           TEXT    NOT NULL
);

CREATE TABLE dim_service_type (
    service_type_key INTEGER PRIMARY KEY,
    service_type     TEXT    NOT NULL UNIQUE
);

-- One row per course and person (a later file with the same course and person replaces the row).
CREATE TABLE fact_training_attendance (
    course_key  INTEGER NOT NULL REFERENCES dim_course (course_key),
    person_key  INTEGER NOT NULL REFERENCES dim_person (person_key),
    school_code TEXT    NULL,
    work_group  TEXT    NULL,
    position    TEXT    NULL,
    attended    INTEGER NOT NULL,
    passed      INTEGER NULL,
    file_id     INTEGER NOT NULL,
    PRIMARY KEY (course_key, person_key)
) WITHOUT ROWID;

-- Periodic snapshot: every survey is kept; the latest survey per school and type is the current state.
CREATE TABLE fact_equipment_snapshot (
    school_code        TEXT    NOT NULL,
    survey_date        TEXT    NOT NULL,
    equipment_type_key INTEGER NOT NULL REFERENCES dim_equipment_type (equipment_type_key),
    quantity           INTEGER NOT NULL,
    working            INTEGER NULL,
    broken             INTEGER NULL,
    file_id            INTEGER NOT NULL,
    PRIMARY KEY (school_code, equipment_type_key, survey_date)
) WITHOUT ROWID;

-- Accumulating snapshot: loan -> due -> returned; a later file with the same loan_no updates the row.
CREATE TABLE fact_loan (
    loan_no            TEXT    NOT NULL PRIMARY KEY,
    item               TEXT    NOT NULL,
    equipment_type_key INTEGER NULL REFERENCES dim_equipment_type (equipment_type_key),
    borrower_group     TEXT    NOT NULL,
    loan_date          TEXT    NOT NULL,
    due_date           TEXT    NULL,
    returned_date      TEXT    NULL,
    file_id            INTEGER NOT NULL
);

-- The DLTV usage log: one row per school, day and grade (a resent row replaces the earlier one).
CREATE TABLE fact_dltv_usage (
    school_code     TEXT    NOT NULL,
    usage_date      TEXT    NOT NULL,
    grade_key       INTEGER NOT NULL REFERENCES dim_grade (grade_key),
    periods_planned INTEGER NOT NULL,
    periods_dltv    INTEGER NOT NULL,
    signal_ok       INTEGER NULL,
    problem         TEXT    NULL,
    file_id         INTEGER NOT NULL,
    PRIMARY KEY (school_code, usage_date, grade_key)
) WITHOUT ROWID;

-- Supervision visits: one record per school and day (a resent record replaces the earlier one).
CREATE TABLE fact_supervision (
    school_code    TEXT    NOT NULL,
    visit_date     TEXT    NOT NULL,
    topic          TEXT    NULL,                   -- dltv, digital, other
    rating         INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    finding        TEXT    NULL,
    supervisor_key INTEGER NULL REFERENCES dim_person (person_key),
    file_id        INTEGER NOT NULL,
    PRIMARY KEY (school_code, visit_date)
) WITHOUT ROWID;

-- Accumulating snapshot: requested -> decided -> completed; a later file with the same request_no updates the row.
CREATE TABLE fact_service_request (
    request_no         TEXT    NOT NULL PRIMARY KEY,
    requested_at       TEXT    NOT NULL,
    requester_position TEXT    NULL,
    requester_group    TEXT    NOT NULL,
    service_type_key   INTEGER NOT NULL REFERENCES dim_service_type (service_type_key),
    decision           TEXT    NULL CHECK (decision IN ('approved', 'denied')),   -- null = pending
    decided_at         TEXT    NULL,
    performed_by_group TEXT    NULL,
    completed_at       TEXT    NULL,
    file_id            INTEGER NOT NULL
);

INSERT INTO dim_equipment_type (equipment_type_key, equipment_type, label_th) VALUES
 (1, 'dish', 'จานดาวเทียม'), (2, 'receiver', 'เครื่องรับสัญญาณ'), (3, 'tv', 'โทรทัศน์'),
 (4, 'computer', 'คอมพิวเตอร์'), (5, 'notebook', 'โน้ตบุ๊ก'), (6, 'tablet', 'แท็บเล็ต'),
 (7, 'projector', 'โปรเจคเตอร์'), (8, 'router', 'เราเตอร์'), (9, 'other', 'อื่นๆ');

CREATE VIEW v_training AS
SELECT c.course_code, c.course_title, c.start_date, d.fiscal_year, f.school_code, f.work_group,
       COUNT(*) AS participants,
       SUM(f.attended) AS attended,
       SUM(CASE WHEN f.attended = 1 AND f.passed = 1 THEN 1 ELSE 0 END) AS passed,
       c.hours,
       s.school_name
FROM fact_training_attendance f
JOIN dim_course c ON c.course_key = f.course_key
LEFT JOIN dim_date d ON d.date = c.start_date
LEFT JOIN dim_school s ON s.school_code = f.school_code AND s.is_current = 1
GROUP BY c.course_code, c.course_title, c.start_date, d.fiscal_year, f.school_code, f.work_group, c.hours, s.school_name;

CREATE VIEW v_equipment AS
WITH latest AS (
    SELECT school_code, equipment_type_key, MAX(survey_date) AS survey_date
    FROM fact_equipment_snapshot
    GROUP BY school_code, equipment_type_key
)
SELECT f.school_code, s.school_name, s.district, t.equipment_type, f.survey_date, f.quantity, f.working, f.broken,
       t.label_th AS equipment_label
FROM fact_equipment_snapshot f
JOIN latest l ON l.school_code = f.school_code AND l.equipment_type_key = f.equipment_type_key AND l.survey_date = f.survey_date
JOIN dim_equipment_type t ON t.equipment_type_key = f.equipment_type_key
LEFT JOIN dim_school s ON s.school_code = f.school_code AND s.is_current = 1;

CREATE VIEW v_dltv_usage AS
SELECT u.school_code, u.usage_date, d.academic_year, d.semester, g.grade, u.periods_planned, u.periods_dltv,
       u.signal_ok, u.problem
FROM fact_dltv_usage u
JOIN dim_grade g ON g.grade_key = u.grade_key
LEFT JOIN dim_date d ON d.date = u.usage_date;

CREATE VIEW v_dltv_readiness AS
WITH kit AS (
    SELECT school_code,
           MAX(CASE WHEN equipment_type = 'dish' AND working >= 1 THEN 1 ELSE 0 END) AS has_dish,
           MAX(CASE WHEN equipment_type = 'receiver' AND working >= 1 THEN 1 ELSE 0 END) AS has_receiver,
           MAX(CASE WHEN equipment_type = 'tv' AND working >= 1 THEN 1 ELSE 0 END) AS has_tv
    FROM v_equipment
    GROUP BY school_code
), last_usage AS (
    SELECT school_code, MAX(usage_date) AS last_date FROM fact_dltv_usage GROUP BY school_code
), recent AS (
    SELECT u.school_code, SUM(u.periods_dltv) AS used, SUM(u.periods_planned) AS planned
    FROM fact_dltv_usage u
    JOIN last_usage l ON l.school_code = u.school_code AND u.usage_date >= date(l.last_date, '-89 days')
    GROUP BY u.school_code
), last_visit AS (
    SELECT school_code, MAX(visit_date) AS visit_date FROM fact_supervision GROUP BY school_code
)
SELECT s.school_code, s.school_name, s.district,
       COALESCE(k.has_dish, 0) AS has_dish,
       COALESCE(k.has_receiver, 0) AS has_receiver,
       COALESCE(k.has_tv, 0) AS has_tv,
       CASE WHEN k.has_dish = 1 AND k.has_receiver = 1 AND k.has_tv = 1 THEN 1 ELSE 0 END AS ready,
       CASE WHEN u.planned > 0 THEN ((2000 * u.used + u.planned) / (2 * u.planned)) / 10.0 END AS usage_rate,
       v.visit_date AS last_supervision,
       sv.rating AS last_rating,
       lu.last_date AS last_usage
FROM dim_school s
LEFT JOIN kit k ON k.school_code = s.school_code
LEFT JOIN recent u ON u.school_code = s.school_code
LEFT JOIN last_usage lu ON lu.school_code = s.school_code
LEFT JOIN last_visit v ON v.school_code = s.school_code
LEFT JOIN fact_supervision sv ON sv.school_code = v.school_code AND sv.visit_date = v.visit_date
WHERE s.is_current = 1 AND s.dltv = 1;

CREATE VIEW v_loans AS
WITH today AS (SELECT date('now', '+7 hours') AS as_of)
SELECT l.loan_no, l.item, t.equipment_type, l.borrower_group, l.loan_date, l.due_date, l.returned_date,
       CASE WHEN l.returned_date IS NOT NULL THEN 'returned'
            WHEN l.due_date IS NOT NULL AND l.due_date < today.as_of THEN 'overdue'
            ELSE 'out' END AS status,
       today.as_of
FROM fact_loan l
CROSS JOIN today
LEFT JOIN dim_equipment_type t ON t.equipment_type_key = l.equipment_type_key;

CREATE VIEW v_service_requests AS
SELECT r.request_no, r.requested_at, r.requester_group, t.service_type, r.decision, r.completed_at,
       CASE WHEN r.completed_at IS NULL THEN NULL
            ELSE CAST(julianday(substr(r.completed_at, 1, 10)) - julianday(substr(r.requested_at, 1, 10)) AS INTEGER) END AS turnaround_days,
       r.requester_position, r.decided_at, r.performed_by_group, d.fiscal_year
FROM fact_service_request r
JOIN dim_service_type t ON t.service_type_key = r.service_type_key
LEFT JOIN dim_date d ON d.date = substr(r.requested_at, 1, 10);
