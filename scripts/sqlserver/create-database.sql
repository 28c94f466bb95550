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

-- dlict_reader: analysts and `dlict sql`. SELECT only: this login, not ApplicationIntent=ReadOnly, is the guard.
IF SUSER_ID(N'dlict_reader') IS NULL
    CREATE LOGIN dlict_reader WITH PASSWORD = N'<change-me: reader password>', CHECK_POLICY = ON, DEFAULT_DATABASE = dlict;
GO

USE dlict;
GO

IF USER_ID(N'dlict_etl') IS NULL
    CREATE USER dlict_etl FOR LOGIN dlict_etl WITH DEFAULT_SCHEMA = dbo;
GO
IF USER_ID(N'dlict_reader') IS NULL
    CREATE USER dlict_reader FOR LOGIN dlict_reader WITH DEFAULT_SCHEMA = dbo;
GO

-- The ETL creates and alters tables and views (DbUp migrations, journal dbo.schema_versions) and reads/writes rows.
ALTER ROLE db_ddladmin ADD MEMBER dlict_etl;
ALTER ROLE db_datareader ADD MEMBER dlict_etl;
ALTER ROLE db_datawriter ADD MEMBER dlict_etl;
GO

-- Analysts: SELECT on the dbo schema (views v_*, dims, facts and lineage), nothing else: no INSERT, UPDATE,
-- DELETE, EXECUTE or DDL. Granting on the schema also covers tables and views added by later migrations.
IF DATABASE_PRINCIPAL_ID(N'dlict_analyst') IS NULL
    CREATE ROLE dlict_analyst;
GO
GRANT SELECT ON SCHEMA::dbo TO dlict_analyst;
DENY INSERT, UPDATE, DELETE, EXECUTE, ALTER ON SCHEMA::dbo TO dlict_analyst;
ALTER ROLE dlict_analyst ADD MEMBER dlict_reader;
GO
