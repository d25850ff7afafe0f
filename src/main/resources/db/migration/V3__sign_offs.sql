-- Sign-off versions: an immutable snapshot of the notice content (canonical JSON, UTF-8) with its SHA-256.
-- The application only ever inserts here; it has no code path that updates or deletes a row.
create table sign_off (
    version        int primary key check (version >= 1),
    signed_at      timestamp with time zone not null,
    signer         varchar not null,
    signer_role    varchar not null default '',
    content_sha256 char(64) not null,
    content_format int not null,
    content        clob not null
);
