-- DLICT Analytics: create the warehouse database, its logins and roles (SQL Server 2019+).
-- Run once as a sysadmin, e.g.  sqlcmd -S <server> -E -C -i scripts/sqlserver/create-database.sql
-- Replace the two <...> passwords first (or create the logins from your password manager and skip that part).
-- The schema itself is created by `dlict migrate --provider sqlserver`, never by this script.
-- Azure SQL Database: run the CREATE DATABASE and CREATE LOGIN parts in master, the rest in dlict
-- (USE is not supported there), or use contained users (CREATE USER ... WITH PASSWORD) instead of logins.

USE master;
GO

IF DB_ID(N'dlict') IS NULL
    CREATE DATABASE dlict COLLATE Thai_100_CI_AS;
GO

-- Readers (reports, analysts) never block the nightly load and are never blocked by it.
ALTER DATABASE dlict SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE;
GO

-- dlict_etl: the ETL, `dlict migrate` and the scheduler. Owns the schema changes and the loads.
IF SUSER_ID(N'dlict_etl') IS NULL
    CREATE LOGIN dlict_etl WITH PASSWORD = N'<change-me: etl password>', CHECK_POLICY = ON, DEFAULT_DATABASE = dlict;
GO

-- dlict_analyst: analysts, Excel / Power BI, `dlict sql`. A member of the role dlict_reader (SELECT on v_*, dim_*,
-- fact_* only): this login, not ApplicationIntent=ReadOnly, is the guard.
IF SUSER_ID(N'dlict_analyst') IS NULL
    CREATE LOGIN dlict_analyst WITH PASSWORD = N'<change-me: analyst password>', CHECK_POLICY = ON, DEFAULT_DATABASE = dlict;
GO

USE dlict;
GO

IF USER_ID(N'dlict_etl') IS NULL
    CREATE USER dlict_etl FOR LOGIN dlict_etl WITH DEFAULT_SCHEMA = dbo;
GO
IF USER_ID(N'dlict_analyst') IS NULL
    CREATE USER dlict_analyst FOR LOGIN dlict_analyst WITH DEFAULT_SCHEMA = dbo;
GO

-- The ETL creates and alters tables and views (DbUp migrations, journal dbo.schema_versions) and reads/writes rows.
-- SELECT ... WITH GRANT OPTION lets migration 0006_reader_role (and later ones) grant SELECT to dlict_reader
-- without making dlict_etl a db_securityadmin or db_owner; EXECUTE lets them run dbo.grant_reader_select.
ALTER ROLE db_ddladmin ADD MEMBER dlict_etl;
ALTER ROLE db_datareader ADD MEMBER dlict_etl;
ALTER ROLE db_datawriter ADD MEMBER dlict_etl;
GRANT SELECT ON SCHEMA::dbo TO dlict_etl WITH GRANT OPTION;
GRANT EXECUTE ON SCHEMA::dbo TO dlict_etl;
GO

-- dlict_reader: the analysts' role. Migration 0006_reader_role grants it SELECT on each v_*, dim_* and fact_*
-- object (not on etl_* or schema_versions); it is created here because dlict_etl may not CREATE ROLE.
-- The DENY is a second guard: it wins even if someone later adds an analyst to db_datawriter by mistake.
IF DATABASE_PRINCIPAL_ID(N'dlict_reader') IS NULL
    CREATE ROLE dlict_reader;
GO
DENY INSERT, UPDATE, DELETE, EXECUTE, ALTER ON SCHEMA::dbo TO dlict_reader;
ALTER ROLE dlict_reader ADD MEMBER dlict_analyst;
GO
