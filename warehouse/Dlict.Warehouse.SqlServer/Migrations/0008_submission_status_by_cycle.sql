-- The SQLite script of this name rewrites v_submission_status so that SQLite can take a filter on cycle to the
-- submissions index. SQL Server keeps 0002's view: its optimiser is not SQLite's, and no plan was measured on a
-- server for this change. This script exists so both migration folders match name for name.
SELECT 1;
