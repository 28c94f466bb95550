-- The web front (docs/web.md): one secret link per school and one row per upload or check.
-- portal_link keeps only the SHA-256 of a link's token (hex): a link cannot be shown again, a lost one is reissued.
-- revoked_at set: the link answers 404. A school has at most one live link (revoked_at IS NULL).
-- portal_upload: every request to /s/<token>/upload or /check that reached a school (time Asia/Bangkok local,
-- the client's address, the kind, the outcome). file_name is the client's name, display text only; stored_as is the
-- name the server made. Neither table is granted to the analysts' reader role (not v_/dim_/fact_).

CREATE TABLE portal_link (
    link_id      INTEGER PRIMARY KEY,
    school_code  TEXT    NOT NULL,
    token_sha256 TEXT    NOT NULL UNIQUE,
    issued_at    TEXT    NOT NULL,
    revoked_at   TEXT    NULL
);
CREATE INDEX ix_portal_link_school ON portal_link (school_code, revoked_at);

CREATE TABLE portal_upload (
    upload_id     INTEGER PRIMARY KEY,
    received_at   TEXT    NOT NULL,
    school_code   TEXT    NOT NULL,
    address       TEXT    NULL,
    mode          TEXT    NOT NULL CHECK (mode IN ('upload', 'check')),
    kind          TEXT    NULL,
    cycle         TEXT    NULL,
    outcome       TEXT    NOT NULL,              -- loaded, rejected, skipped, checked
    rows_loaded   INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    size_bytes    INTEGER NOT NULL DEFAULT 0,
    file_name     TEXT    NULL,
    stored_as     TEXT    NULL,
    elapsed_ms    INTEGER NOT NULL DEFAULT 0,
    message       TEXT    NULL
);
CREATE INDEX ix_portal_upload_school ON portal_upload (school_code, received_at);
CREATE INDEX ix_portal_upload_time ON portal_upload (received_at);
