-- `dlict pull` (sources.md): one row per fetch of a configured source, and one per file a fetch brought or looked at.
-- outcome: new (files brought), not-modified (HTTP 304, no unseen message, no new or changed file), failed.
-- location is shown, so it never holds a secret: a URL's query string is masked (published-sheet URLs are secrets).
-- etag / last_modified: the validators the next conditional GET sends. Times are Asia/Bangkok local.

CREATE TABLE etl_fetch (
    fetch_id      INTEGER PRIMARY KEY,
    source        TEXT    NOT NULL,            -- the name in dlict.json sources[]
    source_type   TEXT    NOT NULL,            -- http, imap, folder
    location      TEXT    NULL,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT    NOT NULL,
    outcome       TEXT    NOT NULL,
    http_status   INTEGER NULL,
    message_count INTEGER NULL,                -- IMAP: unseen messages read
    bytes         INTEGER NOT NULL DEFAULT 0,
    file_names    TEXT    NULL,                -- '; ' separated
    message       TEXT    NULL,
    etag          TEXT    NULL,
    last_modified TEXT    NULL
);
CREATE INDEX ix_etl_fetch_source ON etl_fetch (source, fetch_id);

-- copied = 1: brought into inbox/<source>/; 0: looked at and unchanged (a shared folder's fingerprint: size, write time, hash).
CREATE TABLE etl_fetch_file (
    fetch_file_id INTEGER PRIMARY KEY,
    fetch_id      INTEGER NOT NULL REFERENCES etl_fetch (fetch_id),
    file_name     TEXT    NOT NULL,            -- the name in inbox/<source>/
    origin        TEXT    NULL,                -- the path under a shared folder, an attachment's own name
    size          INTEGER NOT NULL,
    sha256        TEXT    NOT NULL,
    arrived_at    TEXT    NOT NULL,            -- Last-Modified, the message's Date, the file's write time
    sender        TEXT    NULL,                -- IMAP: the sender's address
    copied        INTEGER NOT NULL
);
CREATE INDEX ix_etl_fetch_file_fetch ON etl_fetch_file (fetch_id);

CREATE VIEW v_source_fetches AS
SELECT fetch_id, source, source_type, location, started_at, finished_at, outcome, http_status, message_count, bytes, file_names, message
FROM etl_fetch;
