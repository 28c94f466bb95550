-- Analysts' read-only access: the database role dlict_reader may SELECT the reporting views (v_*) and the
-- dimension and fact tables (dim_*, fact_*) and nothing else: no etl_* lineage tables (the views v_rejects and
-- v_etl_runs show what analysts need of them, through ownership chaining), no schema_versions, no INSERT,
-- UPDATE, DELETE, EXECUTE or DDL. The analysts' login (dlict_analyst in scripts/sqlserver/create-database.sql)
-- is a member of this role.
--
-- The grants come from dbo.grant_reader_select, which grants SELECT on every dbo object named v_*, dim_* or
-- fact_* that exists when it runs (re-running it changes nothing). A later migration that creates such an
-- object, or drops and re-creates one, ends with `EXEC dbo.grant_reader_select;` (docs/sqlserver.md,
-- "Read-only access"; ReaderRoleTests checks it). CREATE OR ALTER VIEW keeps the grants of the old view.
--
-- Permissions this script needs: CREATE ROLE unless the role exists (create-database.sql creates it as a
-- sysadmin), and the right to grant SELECT on dbo (create-database.sql gives dlict_etl
-- SELECT ON SCHEMA::dbo WITH GRANT OPTION; sa and db_owner have it anyway).

IF DATABASE_PRINCIPAL_ID(N'dlict_reader') IS NULL
    CREATE ROLE dlict_reader;
ELSE IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'dlict_reader' AND type = 'R')
    THROW 50006, N'dlict_reader exists but is not a database role (an old deployment made it a user): rename that user to dlict_analyst first, see docs/sqlserver.md. / dlict_reader มีอยู่แล้วแต่ไม่ใช่บทบาท (role)', 1;
GO

CREATE OR ALTER PROCEDURE dbo.grant_reader_select
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @grants nvarchar(max);
    SELECT @grants = STRING_AGG(CONVERT(nvarchar(max),
               N'GRANT SELECT ON ' + QUOTENAME(SCHEMA_NAME(o.schema_id)) + N'.' + QUOTENAME(o.name) + N' TO dlict_reader;'),
               NCHAR(10)) WITHIN GROUP (ORDER BY o.name)
    FROM sys.objects AS o
    WHERE o.schema_id = SCHEMA_ID(N'dbo')
      AND ((o.type = 'V' AND o.name LIKE N'v[_]%')
        OR (o.type = 'U' AND (o.name LIKE N'dim[_]%' OR o.name LIKE N'fact[_]%')));
    IF @grants IS NOT NULL
        EXEC sys.sp_executesql @grants;
END;
GO

EXEC dbo.grant_reader_select;
