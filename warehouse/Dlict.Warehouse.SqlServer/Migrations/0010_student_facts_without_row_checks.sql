-- The SQLite script of this name drops fact_student's FOREIGN KEY clauses, which SQLite checks row by row during a
-- roster load. SQL Server keeps them: it checks them set-based when staged rows are copied in. This script exists
-- so both migration folders match name for name.
SELECT 1;
