-- `dlict pull` (sources.md): one row per fetch of a configured source, and one per file a fetch brought or looked at.
-- Same tables and view as the SQLite 0016_pulled_sources.sql. The etl_ tables are not granted to dlict_reader;
-- v_source_fetches is (it holds no secret: a URL's query string is stored masked).

CREATE TABLE etl_fetch (
    fetch_id      int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_etl_fetch PRIMARY KEY,
    source        nvarchar(100)  NOT NULL,
    source_type   nvarchar(10)   NOT NULL,   -- http, imap, folder
    location      nvarchar(1000) NULL,
    started_at    datetime2(0)   NOT NULL,
    finished_at   datetime2(0)   NOT NULL,
    outcome       nvarchar(20)   NOT NULL,   -- new, not-modified, failed
    http_status   int            NULL,
    message_count int            NULL,
    bytes         bigint         NOT NULL CONSTRAINT df_etl_fetch_bytes DEFAULT 0,
    file_names    nvarchar(max)  NULL,
    message       nvarchar(max)  NULL,
    etag          nvarchar(400)  NULL,
    last_modified nvarchar(100)  NULL
);
CREATE INDEX ix_etl_fetch_source ON etl_fetch (source, fetch_id);

CREATE TABLE etl_fetch_file (
    fetch_file_id int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_etl_fetch_file PRIMARY KEY,
    fetch_id      int            NOT NULL CONSTRAINT fk_etl_fetch_file_fetch REFERENCES etl_fetch (fetch_id),
    file_name     nvarchar(400)  NOT NULL,
    origin        nvarchar(1000) NULL,
    size          bigint         NOT NULL,
    sha256        char(64)       NOT NULL,
    arrived_at    datetime2(0)   NOT NULL,
    sender        nvarchar(320)  NULL,
    copied        bit            NOT NULL
);
CREATE INDEX ix_etl_fetch_file_fetch ON etl_fetch_file (fetch_id);
GO

CREATE VIEW v_source_fetches AS
SELECT fetch_id, source, source_type, location, started_at, finished_at, outcome, http_status, message_count, bytes, file_names, message
FROM etl_fetch;
GO

EXEC dbo.grant_reader_select;
GO
