-- The fingerprint of the student-ID hash key: HMAC-SHA256 of a fixed label under the key, never the key itself.
-- Same table as the SQLite 0013_hash_key_fingerprint.sql. An etl_ table: not granted to dlict_reader.

CREATE TABLE etl_hash_key (
    hash_key_id int           NOT NULL CONSTRAINT pk_etl_hash_key PRIMARY KEY CONSTRAINT ck_etl_hash_key_one CHECK (hash_key_id = 1),
    fingerprint varbinary(32) NOT NULL,
    created_at  datetime2(0)  NOT NULL
);
GO
