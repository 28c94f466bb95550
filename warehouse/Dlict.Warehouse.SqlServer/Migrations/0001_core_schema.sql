-- Core star schema (T-SQL): conformed dimensions, enrolment facts, submission history, lineage.
-- Translation of the SQLite 0001_core_schema.sql: same tables, columns, constraints, indexes and seed data.
-- Dates are `date`; date-times are Asia/Bangkok local `datetime2(0)`; flags are `bit` (0/1);
-- other integers `int` (no smallint/tinyint: readers get Int32 everywhere), byte sizes and run totals `bigint`.
-- Text sizes: codes nvarchar(20), names nvarchar(200), messages nvarchar(1000), values nvarchar(4000).
-- `rule` is a reserved word in T-SQL and is always written [rule].

CREATE TABLE dim_date (
    date_key      int           NOT NULL CONSTRAINT pk_dim_date PRIMARY KEY,   -- yyyymmdd
    [date]        date          NOT NULL CONSTRAINT uq_dim_date_date UNIQUE,
    year_ce       int           NOT NULL,
    year_be       int           NOT NULL,
    [month]       int           NOT NULL,
    month_name_th nvarchar(20)  NOT NULL,
    [day]         int           NOT NULL,
    academic_year int           NOT NULL,   -- BE, starts 16 May
    semester      int           NOT NULL,   -- 1: 16 May - 31 Oct, 2: 1 Nov - 15 May
    fiscal_year   int           NOT NULL    -- BE, 1 Oct - 30 Sep, named by the year it ends in
);

CREATE TABLE dim_school (
    school_key   int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_dim_school PRIMARY KEY,
    school_code  nvarchar(20)  NOT NULL,   -- durable key: 10-digit OBEC code (or 8-digit SMIS when that is all we know)
    smis_code    nvarchar(20)  NULL,
    school_name  nvarchar(200) NOT NULL,
    district     nvarchar(200) NULL,
    subdistrict  nvarchar(200) NULL,
    cluster      nvarchar(200) NULL,
    dltv         bit           NOT NULL CONSTRAINT df_dim_school_dltv DEFAULT 0,
    status       nvarchar(20)  NOT NULL CONSTRAINT df_dim_school_status DEFAULT N'open'
                               CONSTRAINT ck_dim_school_status CHECK (status IN (N'open', N'closed', N'merged')),
    valid_from   date          NOT NULL,   -- inclusive
    valid_to     date          NOT NULL,   -- exclusive; '9999-12-31' while current
    is_current   bit           NOT NULL,
    etl_file_id  int           NULL
);
CREATE UNIQUE INDEX ux_dim_school_version ON dim_school (school_code, valid_from);
CREATE INDEX ix_dim_school_smis ON dim_school (smis_code);

CREATE TABLE dim_cycle (
    cycle_key     int          NOT NULL CONSTRAINT pk_dim_cycle PRIMARY KEY,   -- academic_year * 10 + round, e.g. 25681
    cycle         nvarchar(20) NOT NULL CONSTRAINT uq_dim_cycle_cycle UNIQUE,  -- '2568/1'
    academic_year int          NOT NULL,
    [round]       int          NOT NULL CONSTRAINT ck_dim_cycle_round CHECK ([round] BETWEEN 1 AND 3),
    deadline      date         NOT NULL
);

CREATE TABLE dim_grade (
    grade_key   int          NOT NULL CONSTRAINT pk_dim_grade PRIMARY KEY,   -- = grade_order
    grade       nvarchar(20) NOT NULL CONSTRAINT uq_dim_grade_grade UNIQUE,
    grade_level nvarchar(20) NOT NULL,
    grade_order int          NOT NULL
);

CREATE TABLE etl_run (
    run_id         int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_etl_run PRIMARY KEY,
    started_at     datetime2(0)   NOT NULL,
    finished_at    datetime2(0)   NULL,
    status         nvarchar(20)   NOT NULL,   -- running, succeeded, failed
    files_seen     int            NOT NULL CONSTRAINT df_etl_run_files_seen DEFAULT 0,
    files_loaded   int            NOT NULL CONSTRAINT df_etl_run_files_loaded DEFAULT 0,
    files_skipped  int            NOT NULL CONSTRAINT df_etl_run_files_skipped DEFAULT 0,
    files_rejected int            NOT NULL CONSTRAINT df_etl_run_files_rejected DEFAULT 0,
    rows_loaded    bigint         NOT NULL CONSTRAINT df_etl_run_rows_loaded DEFAULT 0,
    rows_rejected  bigint         NOT NULL CONSTRAINT df_etl_run_rows_rejected DEFAULT 0,
    command        nvarchar(4000) NULL
);

CREATE TABLE etl_file (
    file_id       int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_etl_file PRIMARY KEY,
    run_id        int            NOT NULL CONSTRAINT fk_etl_file_run REFERENCES etl_run (run_id),
    sha256        char(64)       NOT NULL,
    file_name     nvarchar(400)  NOT NULL,
    size_bytes    bigint         NOT NULL,
    kind          nvarchar(50)   NULL,
    cycle         nvarchar(20)   NULL,
    status        nvarchar(20)   NOT NULL CONSTRAINT ck_etl_file_status CHECK (status IN (N'loaded', N'rejected')),
    rows_loaded   int            NOT NULL CONSTRAINT df_etl_file_rows_loaded DEFAULT 0,
    rows_rejected int            NOT NULL CONSTRAINT df_etl_file_rows_rejected DEFAULT 0,
    received_at   datetime2(0)   NOT NULL,   -- file mtime, Bangkok local
    loaded_at     datetime2(0)   NOT NULL,
    message       nvarchar(1000) NULL
);
CREATE INDEX ix_etl_file_sha256 ON etl_file (sha256, status);

CREATE TABLE etl_reject (
    reject_id   bigint IDENTITY(1, 1) NOT NULL CONSTRAINT pk_etl_reject PRIMARY KEY,
    run_id      int            NOT NULL,
    file_id     int            NULL,
    source_file nvarchar(400)  NOT NULL,
    sheet       nvarchar(200)  NULL,
    row_number  int            NULL,   -- as the user sees it in Excel / a text editor
    column_name nvarchar(200)  NULL,
    [rule]      nvarchar(100)  NOT NULL,
    severity    nvarchar(20)   NOT NULL CONSTRAINT df_etl_reject_severity DEFAULT N'error'
                               CONSTRAINT ck_etl_reject_severity CHECK (severity IN (N'error', N'warning')),
    value       nvarchar(4000) NULL,
    message     nvarchar(1000) NOT NULL,   -- Thai
    message_en  nvarchar(1000) NOT NULL,
    school_code nvarchar(20)   NULL,
    cycle_key   int            NULL
);
CREATE INDEX ix_etl_reject_school ON etl_reject (cycle_key, school_code);

-- Every version of every school's submission for a cycle (the history); is_latest marks the one in the facts.
-- Clustered on the identity key (append-only inserts); the unique (cycle, school, version) index serves
-- v_submission_status, which groups by cycle_key, school_code.
CREATE TABLE fact_submission (
    submission_id int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_fact_submission PRIMARY KEY,
    cycle_key     int          NOT NULL CONSTRAINT fk_fact_submission_cycle REFERENCES dim_cycle (cycle_key),
    school_code   nvarchar(20) NOT NULL,
    version       int          NOT NULL,
    submitted_at  datetime2(0) NOT NULL,
    file_id       int          NOT NULL CONSTRAINT fk_fact_submission_file REFERENCES etl_file (file_id),
    rows_loaded   int          NOT NULL,
    rejected_rows int          NOT NULL,
    students      int          NOT NULL,
    is_latest     bit          NOT NULL
);
CREATE UNIQUE INDEX ux_fact_submission_version ON fact_submission (cycle_key, school_code, version);

-- Students by grade and sex: the latest submission of each school and cycle only.
-- Index choices: the clustered primary key (cycle_key, school_code, grade_key) is the SQLite WITHOUT ROWID
-- key; reports read one cycle at a time (v_enrolment, v_school_size), so a cycle is one contiguous range,
-- and a resubmission replaces one school's rows inside that range. ix_fact_enrolment_school serves
-- v_school (latest cycle per school) and INCLUDEs total so that view never touches the clustered index.
-- Rowstore on purpose: a district has a few hundred schools x 18 grades x 3 cycles a year (tens of
-- thousands of rows a year), where a clustered columnstore brings no gain and makes the per-school
-- delete + insert of a resubmission costlier. docs/sqlserver.md says when to switch (a few million rows).
CREATE TABLE fact_enrolment (
    cycle_key     int          NOT NULL CONSTRAINT fk_fact_enrolment_cycle REFERENCES dim_cycle (cycle_key),
    school_code   nvarchar(20) NOT NULL,
    grade_key     int          NOT NULL CONSTRAINT fk_fact_enrolment_grade REFERENCES dim_grade (grade_key),
    male          int          NOT NULL,
    female        int          NOT NULL,
    total         int          NOT NULL,
    classrooms    int          NULL,
    file_id       int          NOT NULL,       -- lineage: the file of the submission these rows came from
    CONSTRAINT pk_fact_enrolment PRIMARY KEY CLUSTERED (cycle_key, school_code, grade_key)
);
CREATE INDEX ix_fact_enrolment_school ON fact_enrolment (school_code, cycle_key) INCLUDE (total);

INSERT INTO dim_grade (grade_key, grade, grade_level, grade_order) VALUES
 (1, N'อ.1', N'kindergarten', 1), (2, N'อ.2', N'kindergarten', 2), (3, N'อ.3', N'kindergarten', 3),
 (4, N'ป.1', N'primary', 4), (5, N'ป.2', N'primary', 5), (6, N'ป.3', N'primary', 6),
 (7, N'ป.4', N'primary', 7), (8, N'ป.5', N'primary', 8), (9, N'ป.6', N'primary', 9),
 (10, N'ม.1', N'lower_secondary', 10), (11, N'ม.2', N'lower_secondary', 11), (12, N'ม.3', N'lower_secondary', 12),
 (13, N'ม.4', N'upper_secondary', 13), (14, N'ม.5', N'upper_secondary', 14), (15, N'ม.6', N'upper_secondary', 15),
 (16, N'ปวช.1', N'vocational', 16), (17, N'ปวช.2', N'vocational', 17), (18, N'ปวช.3', N'vocational', 18);

-- One row per day 2015-01-01 .. 2040-12-31 (9,497 days), set-based: 10^4 numbers from a cross join of digits.
-- DATEFROMPARTS avoids any dependence on SET DATEFORMAT / LANGUAGE.
WITH digits (n) AS (
    SELECT n FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS v (n)
), numbers (n) AS (
    SELECT a.n + 10 * b.n + 100 * c.n + 1000 * d.n
    FROM digits a CROSS JOIN digits b CROSS JOIN digits c CROSS JOIN digits d
), days (d) AS (
    SELECT DATEADD(day, n, DATEFROMPARTS(2015, 1, 1))
    FROM numbers
    WHERE n <= DATEDIFF(day, DATEFROMPARTS(2015, 1, 1), DATEFROMPARTS(2040, 12, 31))
), parts AS (
    SELECT d, YEAR(d) AS y, MONTH(d) AS m, DAY(d) AS dd
    FROM days
)
INSERT INTO dim_date (date_key, [date], year_ce, year_be, [month], month_name_th, [day], academic_year, semester, fiscal_year)
SELECT y * 10000 + m * 100 + dd, d, y, y + 543, m,
       CASE m WHEN 1 THEN N'มกราคม' WHEN 2 THEN N'กุมภาพันธ์' WHEN 3 THEN N'มีนาคม' WHEN 4 THEN N'เมษายน'
              WHEN 5 THEN N'พฤษภาคม' WHEN 6 THEN N'มิถุนายน' WHEN 7 THEN N'กรกฎาคม' WHEN 8 THEN N'สิงหาคม'
              WHEN 9 THEN N'กันยายน' WHEN 10 THEN N'ตุลาคม' WHEN 11 THEN N'พฤศจิกายน' ELSE N'ธันวาคม' END,
       dd,
       CASE WHEN m > 5 OR (m = 5 AND dd >= 16) THEN y + 543 ELSE y + 542 END,
       CASE WHEN (m > 5 OR (m = 5 AND dd >= 16)) AND m < 11 THEN 1 ELSE 2 END,
       CASE WHEN m >= 10 THEN y + 544 ELSE y + 543 END
FROM parts;
