-- Core star schema: conformed dimensions, enrolment facts, submission history, lineage.
-- Dates are ISO text ('yyyy-MM-dd'); date-times are Asia/Bangkok local ('yyyy-MM-dd HH:mm:ss').

CREATE TABLE dim_date (
    date_key      INTEGER PRIMARY KEY,          -- yyyymmdd
    date          TEXT    NOT NULL UNIQUE,
    year_ce       INTEGER NOT NULL,
    year_be       INTEGER NOT NULL,
    month         INTEGER NOT NULL,
    month_name_th TEXT    NOT NULL,
    day           INTEGER NOT NULL,
    academic_year INTEGER NOT NULL,             -- BE, starts 16 May
    semester      INTEGER NOT NULL,             -- 1: 16 May - 31 Oct, 2: 1 Nov - 15 May
    fiscal_year   INTEGER NOT NULL              -- BE, 1 Oct - 30 Sep, named by the year it ends in
);

CREATE TABLE dim_school (
    school_key   INTEGER PRIMARY KEY,
    school_code  TEXT    NOT NULL,               -- durable key: 10-digit OBEC code (or 8-digit SMIS when that is all we know)
    smis_code    TEXT    NULL,
    school_name  TEXT    NOT NULL,
    district     TEXT    NULL,
    subdistrict  TEXT    NULL,
    cluster      TEXT    NULL,
    dltv         INTEGER NOT NULL DEFAULT 0,
    status       TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'merged')),
    valid_from   TEXT    NOT NULL,               -- inclusive
    valid_to     TEXT    NOT NULL,               -- exclusive; '9999-12-31' while current
    is_current   INTEGER NOT NULL,
    etl_file_id  INTEGER NULL
);
CREATE UNIQUE INDEX ux_dim_school_version ON dim_school (school_code, valid_from);
CREATE INDEX ix_dim_school_smis ON dim_school (smis_code);

CREATE TABLE dim_cycle (
    cycle_key     INTEGER PRIMARY KEY,           -- academic_year * 10 + round, e.g. 25681
    cycle         TEXT    NOT NULL UNIQUE,       -- '2568/1'
    academic_year INTEGER NOT NULL,
    round         INTEGER NOT NULL CHECK (round BETWEEN 1 AND 3),
    deadline      TEXT    NOT NULL
);

CREATE TABLE dim_grade (
    grade_key   INTEGER PRIMARY KEY,             -- = grade_order
    grade       TEXT    NOT NULL UNIQUE,
    grade_level TEXT    NOT NULL,
    grade_order INTEGER NOT NULL
);

CREATE TABLE etl_run (
    run_id         INTEGER PRIMARY KEY,
    started_at     TEXT    NOT NULL,
    finished_at    TEXT    NULL,
    status         TEXT    NOT NULL,             -- running, succeeded, failed
    files_seen     INTEGER NOT NULL DEFAULT 0,
    files_loaded   INTEGER NOT NULL DEFAULT 0,
    files_skipped  INTEGER NOT NULL DEFAULT 0,
    files_rejected INTEGER NOT NULL DEFAULT 0,
    rows_loaded    INTEGER NOT NULL DEFAULT 0,
    rows_rejected  INTEGER NOT NULL DEFAULT 0,
    command        TEXT    NULL
);

CREATE TABLE etl_file (
    file_id       INTEGER PRIMARY KEY,
    run_id        INTEGER NOT NULL REFERENCES etl_run (run_id),
    sha256        TEXT    NOT NULL,
    file_name     TEXT    NOT NULL,
    size_bytes    INTEGER NOT NULL,
    kind          TEXT    NULL,
    cycle         TEXT    NULL,
    status        TEXT    NOT NULL CHECK (status IN ('loaded', 'rejected')),
    rows_loaded   INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    received_at   TEXT    NOT NULL,              -- file mtime, Bangkok local
    loaded_at     TEXT    NOT NULL,
    message       TEXT    NULL
);
CREATE INDEX ix_etl_file_sha256 ON etl_file (sha256, status);

CREATE TABLE etl_reject (
    reject_id   INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL,
    file_id     INTEGER NULL,
    source_file TEXT    NOT NULL,
    sheet       TEXT    NULL,
    row_number  INTEGER NULL,                    -- as the user sees it in Excel / a text editor
    column_name TEXT    NULL,
    rule        TEXT    NOT NULL,
    severity    TEXT    NOT NULL DEFAULT 'error' CHECK (severity IN ('error', 'warning')),
    value       TEXT    NULL,
    message     TEXT    NOT NULL,                -- Thai
    message_en  TEXT    NOT NULL,
    school_code TEXT    NULL,
    cycle_key   INTEGER NULL
);
CREATE INDEX ix_etl_reject_school ON etl_reject (cycle_key, school_code);

-- Every version of every school's submission for a cycle (the history); is_latest marks the one in the facts.
CREATE TABLE fact_submission (
    submission_id INTEGER PRIMARY KEY,
    cycle_key     INTEGER NOT NULL REFERENCES dim_cycle (cycle_key),
    school_code   TEXT    NOT NULL,
    version       INTEGER NOT NULL,
    submitted_at  TEXT    NOT NULL,
    file_id       INTEGER NOT NULL REFERENCES etl_file (file_id),
    rows_loaded   INTEGER NOT NULL,
    rejected_rows INTEGER NOT NULL,
    students      INTEGER NOT NULL,
    is_latest     INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_fact_submission_version ON fact_submission (cycle_key, school_code, version);

-- Students by grade and sex: the latest submission of each school and cycle only.
CREATE TABLE fact_enrolment (
    cycle_key     INTEGER NOT NULL REFERENCES dim_cycle (cycle_key),
    school_code   TEXT    NOT NULL,
    grade_key     INTEGER NOT NULL REFERENCES dim_grade (grade_key),
    male          INTEGER NOT NULL,
    female        INTEGER NOT NULL,
    total         INTEGER NOT NULL,
    classrooms    INTEGER NULL,
    file_id       INTEGER NOT NULL,              -- lineage: the file of the submission these rows came from
    PRIMARY KEY (cycle_key, school_code, grade_key)
) WITHOUT ROWID;
CREATE INDEX ix_fact_enrolment_school ON fact_enrolment (school_code, cycle_key);

INSERT INTO dim_grade (grade_key, grade, grade_level, grade_order) VALUES
 (1, 'อ.1', 'kindergarten', 1), (2, 'อ.2', 'kindergarten', 2), (3, 'อ.3', 'kindergarten', 3),
 (4, 'ป.1', 'primary', 4), (5, 'ป.2', 'primary', 5), (6, 'ป.3', 'primary', 6),
 (7, 'ป.4', 'primary', 7), (8, 'ป.5', 'primary', 8), (9, 'ป.6', 'primary', 9),
 (10, 'ม.1', 'lower_secondary', 10), (11, 'ม.2', 'lower_secondary', 11), (12, 'ม.3', 'lower_secondary', 12),
 (13, 'ม.4', 'upper_secondary', 13), (14, 'ม.5', 'upper_secondary', 14), (15, 'ม.6', 'upper_secondary', 15),
 (16, 'ปวช.1', 'vocational', 16), (17, 'ปวช.2', 'vocational', 17), (18, 'ปวช.3', 'vocational', 18);

WITH RECURSIVE days (d) AS (
    SELECT '2015-01-01'
    UNION ALL
    SELECT date(d, '+1 day') FROM days WHERE d < '2040-12-31'
), parts AS (
    SELECT d,
           CAST(strftime('%Y', d) AS INTEGER) AS y,
           CAST(strftime('%m', d) AS INTEGER) AS m,
           CAST(strftime('%d', d) AS INTEGER) AS dd
    FROM days
)
INSERT INTO dim_date (date_key, date, year_ce, year_be, month, month_name_th, day, academic_year, semester, fiscal_year)
SELECT y * 10000 + m * 100 + dd, d, y, y + 543, m,
       CASE m WHEN 1 THEN 'มกราคม' WHEN 2 THEN 'กุมภาพันธ์' WHEN 3 THEN 'มีนาคม' WHEN 4 THEN 'เมษายน'
              WHEN 5 THEN 'พฤษภาคม' WHEN 6 THEN 'มิถุนายน' WHEN 7 THEN 'กรกฎาคม' WHEN 8 THEN 'สิงหาคม'
              WHEN 9 THEN 'กันยายน' WHEN 10 THEN 'ตุลาคม' WHEN 11 THEN 'พฤศจิกายน' ELSE 'ธันวาคม' END,
       dd,
       CASE WHEN m > 5 OR (m = 5 AND dd >= 16) THEN y + 543 ELSE y + 542 END,
       CASE WHEN (m > 5 OR (m = 5 AND dd >= 16)) AND m < 11 THEN 1 ELSE 2 END,
       CASE WHEN m >= 10 THEN y + 544 ELSE y + 543 END
FROM parts;
