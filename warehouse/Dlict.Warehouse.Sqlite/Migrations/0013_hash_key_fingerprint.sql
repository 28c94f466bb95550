-- The fingerprint of the student-ID hash key: HMAC-SHA256 of a fixed label under the key, never the key itself.
-- Stored by the first ingest, compared by every later one: a run with another key (a lost DLICT_HASH_KEY, a new
-- hash.key file) is refused before it loads anything, so duplicates across runs cannot silently go unnoticed.
-- One row at most. Rotation: docs/privacy.md.

CREATE TABLE etl_hash_key (
    hash_key_id INTEGER PRIMARY KEY CHECK (hash_key_id = 1),
    fingerprint BLOB    NOT NULL,
    created_at  TEXT    NOT NULL
);
