-- `dlict serve`: one row per scheduled job run and one per delivery (e-mail, folder copy) it made.
-- step: run (the job itself), email, folder. outcome: running, succeeded, skipped, failed.
-- attempt: how many tries a delivery took (1 for a run). Times are Asia/Bangkok local.

CREATE TABLE etl_job_run (
    job_run_id  INTEGER PRIMARY KEY,
    job         TEXT    NOT NULL,                -- ingest, reminders, report
    step        TEXT    NOT NULL,
    started_at  TEXT    NOT NULL,
    finished_at TEXT    NULL,
    outcome     TEXT    NOT NULL,
    recipients  TEXT    NULL,                    -- e-mail addresses, '; ' separated
    file_path   TEXT    NULL,
    message     TEXT    NULL,
    attempt     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_etl_job_run_job ON etl_job_run (job, started_at);

CREATE VIEW v_job_runs AS
SELECT job_run_id, job, step, started_at, finished_at, outcome, recipients, file_path, message, attempt
FROM etl_job_run;
