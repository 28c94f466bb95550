-- Analysts' read-only access (the T-SQL script of the same name creates the role dlict_reader).
-- SQLite has no logins, roles or GRANT: whoever can read the file can read every table. Read-only access is
-- given by how the file is opened: `dlict sql` and the reports open it with Mode=ReadOnly and
-- PRAGMA query_only=ON, so no statement they run can write. Nothing to do here; this script exists so both
-- migration folders match name for name.
SELECT 1;
