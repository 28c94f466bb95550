-- The web front (docs/web.md): one secret link per school and one row per upload or check.
-- Same tables as the SQLite 0015_portal.sql. Not granted to dlict_reader (not v_/dim_/fact_).

CREATE TABLE portal_link (
    link_id      int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_portal_link PRIMARY KEY,
    school_code  nvarchar(20)  NOT NULL,
    token_sha256 char(64)      NOT NULL CONSTRAINT ux_portal_link_token UNIQUE,
    issued_at    datetime2(0)  NOT NULL,
    revoked_at   datetime2(0)  NULL
);
CREATE INDEX ix_portal_link_school ON portal_link (school_code, revoked_at);
GO

CREATE TABLE portal_upload (
    upload_id     bigint IDENTITY(1, 1) NOT NULL CONSTRAINT pk_portal_upload PRIMARY KEY,
    received_at   datetime2(0)   NOT NULL,
    school_code   nvarchar(20)   NOT NULL,
    address       nvarchar(64)   NULL,
    mode          nvarchar(10)   NOT NULL CONSTRAINT ck_portal_upload_mode CHECK (mode IN ('upload', 'check')),
    kind          nvarchar(100)  NULL,
    cycle         nvarchar(20)   NULL,
    outcome       nvarchar(20)   NOT NULL,   -- loaded, rejected, skipped, checked
    rows_loaded   bigint         NOT NULL CONSTRAINT df_portal_upload_rows_loaded DEFAULT 0,
    rows_rejected bigint         NOT NULL CONSTRAINT df_portal_upload_rows_rejected DEFAULT 0,
    size_bytes    bigint         NOT NULL CONSTRAINT df_portal_upload_size DEFAULT 0,
    file_name     nvarchar(400)  NULL,
    stored_as     nvarchar(200)  NULL,
    elapsed_ms    bigint         NOT NULL CONSTRAINT df_portal_upload_elapsed DEFAULT 0,
    message       nvarchar(max)  NULL
);
CREATE INDEX ix_portal_upload_school ON portal_upload (school_code, received_at);
CREATE INDEX ix_portal_upload_time ON portal_upload (received_at);
GO
