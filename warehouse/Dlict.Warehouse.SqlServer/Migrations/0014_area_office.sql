-- The area office as the registry names it (T-SQL; same change as the SQLite 0014_area_office.sql): the OBEC
-- master lists the office as a row whose name starts with สำนักงานเขตพื้นที่ (skipped as a school, rule SCH-006).
-- The reports take the office name from dlict.json, else from here (the name seen last), else a neutral name.
CREATE TABLE dim_office (
    office_name  nvarchar(200) NOT NULL CONSTRAINT pk_dim_office PRIMARY KEY,
    office_code  nvarchar(20)  NULL,
    last_seen_at datetime2(0)  NOT NULL,
    etl_file_id  int           NULL
);
GO

CREATE VIEW v_office AS
SELECT office_name, office_code, last_seen_at
FROM dim_office;
GO

EXEC dbo.grant_reader_select;
