-- `dlict serve`: one row per scheduled job run and one per delivery (e-mail, folder copy) it made.
-- Same table and view as the SQLite 0005_job_runs.sql.

CREATE TABLE etl_job_run (
    job_run_id  int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_etl_job_run PRIMARY KEY,
    job         nvarchar(50)   NOT NULL,   -- ingest, reminders, report
    step        nvarchar(20)   NOT NULL,   -- run, email, folder
    started_at  datetime2(0)   NOT NULL,
    finished_at datetime2(0)   NULL,
    outcome     nvarchar(20)   NOT NULL,   -- running, succeeded, skipped, failed
    recipients  nvarchar(2000) NULL,
    file_path   nvarchar(1000) NULL,
    message     nvarchar(max)  NULL,
    attempt     int            NOT NULL CONSTRAINT df_etl_job_run_attempt DEFAULT 1
);
CREATE INDEX ix_etl_job_run_job ON etl_job_run (job, started_at);
GO

CREATE VIEW v_job_runs AS
SELECT job_run_id, job, step, started_at, finished_at, outcome, recipients, file_path, message, attempt
FROM etl_job_run;
GO
