-- The area office as the registry names it: the OBEC master lists the office as a row whose name starts with
-- สำนักงานเขตพื้นที่ (skipped as a school, rule SCH-006). The reports take the office name from dlict.json, else
-- from here (the name seen last), else a neutral name; never another office's.
CREATE TABLE dim_office (
    office_name  TEXT    NOT NULL PRIMARY KEY,
    office_code  TEXT    NULL,
    last_seen_at TEXT    NOT NULL,               -- Asia/Bangkok 'yyyy-MM-dd HH:mm:ss': when the registry file arrived
    etl_file_id  INTEGER NULL
);

CREATE VIEW v_office AS
SELECT office_name, office_code, last_seen_at
FROM dim_office;
