-- DLICT operations (T-SQL): staff digital training, ICT/DLTV equipment surveys, the loan register, the DLTV
-- usage log, supervision visits and service requests. Same tables, columns and views as the SQLite
-- 0004_operations.sql. People appear only as dim_person (an HMAC-SHA256 of the 13-digit id); names are never stored.
-- Flags (attended, passed, signal_ok) are int 0/1 so that views can SUM them and readers see Int32 as in SQLite.
-- CREATE VIEW must be alone in its batch: one view per GO-separated batch.

CREATE TABLE dim_person (
    person_key  int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_dim_person PRIMARY KEY,
    person_hash char(64)           NOT NULL CONSTRAINT uq_dim_person_hash UNIQUE   -- lowercase hex HMAC-SHA256
);

CREATE TABLE dim_course (
    course_key   int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_dim_course PRIMARY KEY,
    course_code  nvarchar(50)       NOT NULL CONSTRAINT uq_dim_course_code UNIQUE,
    course_title nvarchar(400)      NULL,
    start_date   date               NOT NULL,
    hours        decimal(6, 1)      NULL,
    etl_file_id  int                NULL   -- the file that last described the course
);

CREATE TABLE dim_equipment_type (
    equipment_type_key int          NOT NULL CONSTRAINT pk_dim_equipment_type PRIMARY KEY,
    equipment_type     nvarchar(20) NOT NULL CONSTRAINT uq_dim_equipment_type UNIQUE,
    label_th           nvarchar(50) NOT NULL
);

CREATE TABLE dim_service_type (
    service_type_key int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_dim_service_type PRIMARY KEY,
    service_type     nvarchar(200)      NOT NULL CONSTRAINT uq_dim_service_type UNIQUE
);

CREATE TABLE fact_training_attendance (
    course_key  int           NOT NULL CONSTRAINT fk_fact_training_course REFERENCES dim_course (course_key),
    person_key  int           NOT NULL CONSTRAINT fk_fact_training_person REFERENCES dim_person (person_key),
    school_code nvarchar(20)  NULL,
    work_group  nvarchar(200) NULL,
    position    nvarchar(200) NULL,
    attended    int           NOT NULL,
    passed      int           NULL,
    file_id     int           NOT NULL,
    CONSTRAINT pk_fact_training_attendance PRIMARY KEY CLUSTERED (course_key, person_key)
);

CREATE TABLE fact_equipment_snapshot (
    school_code        nvarchar(20) NOT NULL,
    survey_date        date         NOT NULL,
    equipment_type_key int          NOT NULL CONSTRAINT fk_fact_equipment_type REFERENCES dim_equipment_type (equipment_type_key),
    quantity           int          NOT NULL,
    working            int          NULL,
    broken             int          NULL,
    file_id            int          NOT NULL,
    CONSTRAINT pk_fact_equipment_snapshot PRIMARY KEY CLUSTERED (school_code, equipment_type_key, survey_date)
);

CREATE TABLE fact_loan (
    loan_no            nvarchar(50)  NOT NULL CONSTRAINT pk_fact_loan PRIMARY KEY,
    item               nvarchar(400) NOT NULL,
    equipment_type_key int           NULL CONSTRAINT fk_fact_loan_type REFERENCES dim_equipment_type (equipment_type_key),
    borrower_group     nvarchar(200) NOT NULL,
    loan_date          date          NOT NULL,
    due_date           date          NULL,
    returned_date      date          NULL,
    file_id            int           NOT NULL
);

CREATE TABLE fact_dltv_usage (
    school_code     nvarchar(20)   NOT NULL,
    usage_date      date           NOT NULL,
    grade_key       int            NOT NULL CONSTRAINT fk_fact_dltv_usage_grade REFERENCES dim_grade (grade_key),
    periods_planned int            NOT NULL,
    periods_dltv    int            NOT NULL,
    signal_ok       int            NULL,
    problem         nvarchar(1000) NULL,
    file_id         int            NOT NULL,
    CONSTRAINT pk_fact_dltv_usage PRIMARY KEY CLUSTERED (school_code, usage_date, grade_key)
);

CREATE TABLE fact_supervision (
    school_code    nvarchar(20)   NOT NULL,
    visit_date     date           NOT NULL,
    topic          nvarchar(20)   NULL,   -- dltv, digital, other
    rating         int            NOT NULL CONSTRAINT ck_fact_supervision_rating CHECK (rating BETWEEN 1 AND 5),
    finding        nvarchar(2000) NULL,
    supervisor_key int            NULL CONSTRAINT fk_fact_supervision_person REFERENCES dim_person (person_key),
    file_id        int            NOT NULL,
    CONSTRAINT pk_fact_supervision PRIMARY KEY CLUSTERED (school_code, visit_date)
);

CREATE TABLE fact_service_request (
    request_no         nvarchar(50)  NOT NULL CONSTRAINT pk_fact_service_request PRIMARY KEY,
    requested_at       datetime2(0)  NOT NULL,
    requester_position nvarchar(200) NULL,
    requester_group    nvarchar(200) NOT NULL,
    service_type_key   int           NOT NULL CONSTRAINT fk_fact_service_request_type REFERENCES dim_service_type (service_type_key),
    decision           nvarchar(20)  NULL CONSTRAINT ck_fact_service_request_decision CHECK (decision IN (N'approved', N'denied')),   -- null = pending
    decided_at         datetime2(0)  NULL,
    performed_by_group nvarchar(200) NULL,
    completed_at       datetime2(0)  NULL,
    file_id            int           NOT NULL
);

INSERT INTO dim_equipment_type (equipment_type_key, equipment_type, label_th) VALUES
 (1, N'dish', N'จานดาวเทียม'), (2, N'receiver', N'เครื่องรับสัญญาณ'), (3, N'tv', N'โทรทัศน์'),
 (4, N'computer', N'คอมพิวเตอร์'), (5, N'notebook', N'โน้ตบุ๊ก'), (6, N'tablet', N'แท็บเล็ต'),
 (7, N'projector', N'โปรเจคเตอร์'), (8, N'router', N'เราเตอร์'), (9, N'other', N'อื่นๆ');
GO

CREATE VIEW v_training AS
SELECT c.course_code, c.course_title, c.start_date, d.fiscal_year, f.school_code, f.work_group,
       COUNT(*) AS participants,
       SUM(f.attended) AS attended,
       SUM(CASE WHEN f.attended = 1 AND f.passed = 1 THEN 1 ELSE 0 END) AS passed,
       c.hours,
       s.school_name
FROM fact_training_attendance f
JOIN dim_course c ON c.course_key = f.course_key
LEFT JOIN dim_date d ON d.[date] = c.start_date
LEFT JOIN dim_school s ON s.school_code = f.school_code AND s.is_current = 1
GROUP BY c.course_code, c.course_title, c.start_date, d.fiscal_year, f.school_code, f.work_group, c.hours, s.school_name;
GO

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
GO

CREATE VIEW v_dltv_usage AS
SELECT u.school_code, u.usage_date, d.academic_year, d.semester, g.grade, u.periods_planned, u.periods_dltv,
       u.signal_ok, u.problem
FROM fact_dltv_usage u
JOIN dim_grade g ON g.grade_key = u.grade_key
LEFT JOIN dim_date d ON d.[date] = u.usage_date;
GO

CREATE VIEW v_dltv_readiness AS
WITH kit AS (
    SELECT school_code,
           MAX(CASE WHEN equipment_type = N'dish' AND working >= 1 THEN 1 ELSE 0 END) AS has_dish,
           MAX(CASE WHEN equipment_type = N'receiver' AND working >= 1 THEN 1 ELSE 0 END) AS has_receiver,
           MAX(CASE WHEN equipment_type = N'tv' AND working >= 1 THEN 1 ELSE 0 END) AS has_tv
    FROM v_equipment
    GROUP BY school_code
), last_usage AS (
    SELECT school_code, MAX(usage_date) AS last_date FROM fact_dltv_usage GROUP BY school_code
), recent AS (
    SELECT u.school_code, SUM(CAST(u.periods_dltv AS bigint)) AS used, SUM(CAST(u.periods_planned AS bigint)) AS planned
    FROM fact_dltv_usage u
    JOIN last_usage l ON l.school_code = u.school_code AND u.usage_date >= DATEADD(day, -89, l.last_date)
    GROUP BY u.school_code
), last_visit AS (
    SELECT school_code, MAX(visit_date) AS visit_date FROM fact_supervision GROUP BY school_code
)
SELECT s.school_code, s.school_name, s.district,
       COALESCE(k.has_dish, 0) AS has_dish,
       COALESCE(k.has_receiver, 0) AS has_receiver,
       COALESCE(k.has_tv, 0) AS has_tv,
       CASE WHEN k.has_dish = 1 AND k.has_receiver = 1 AND k.has_tv = 1 THEN 1 ELSE 0 END AS ready,
       CASE WHEN u.planned > 0 THEN CAST(((2000 * u.used + u.planned) / (2 * u.planned)) / 10.0 AS decimal(5, 1)) END AS usage_rate,
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
GO

CREATE VIEW v_loans AS
WITH today AS (SELECT CAST(SYSDATETIMEOFFSET() AT TIME ZONE 'SE Asia Standard Time' AS date) AS as_of)
SELECT l.loan_no, l.item, t.equipment_type, l.borrower_group, l.loan_date, l.due_date, l.returned_date,
       CASE WHEN l.returned_date IS NOT NULL THEN N'returned'
            WHEN l.due_date IS NOT NULL AND l.due_date < today.as_of THEN N'overdue'
            ELSE N'out' END AS status,
       today.as_of
FROM fact_loan l
CROSS JOIN today
LEFT JOIN dim_equipment_type t ON t.equipment_type_key = l.equipment_type_key;
GO

CREATE VIEW v_service_requests AS
SELECT r.request_no, r.requested_at, r.requester_group, t.service_type, r.decision, r.completed_at,
       CASE WHEN r.completed_at IS NULL THEN NULL
            ELSE DATEDIFF(day, r.requested_at, r.completed_at) END AS turnaround_days,
       r.requester_position, r.decided_at, r.performed_by_group, d.fiscal_year
FROM fact_service_request r
JOIN dim_service_type t ON t.service_type_key = r.service_type_key
LEFT JOIN dim_date d ON d.[date] = CAST(r.requested_at AS date);
GO
