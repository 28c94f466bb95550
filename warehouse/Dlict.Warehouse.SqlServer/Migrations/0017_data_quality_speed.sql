-- The SQLite script of this name rewrites v_enrolment_anomalies and v_data_quality (same columns and rows) so that
-- SQLite's planner joins the facts before the schools and counts a school's flags in two passes instead of six.
-- SQL Server keeps 0012's views: its optimiser turns EXISTS into semi joins and reorders joins itself, and no plan
-- was measured on a server for this change. This script exists so both migration folders match name for name.
SELECT 1;
