-- Format 11: the values a client file made from an old notice took from it and the owner has not yet checked
-- (docs/decisions/0027). One row a value: the wizard field it went in (field, the register's id for a register's
-- field, and the item: a kind, a key or the place in the register's list), the value as placed and the old notice's
-- sentence. "Checked" deletes the row. Working state about the draft: never in the notice, its sign-offs or the
-- interchange JSON. A file of an older format has no such rows: nothing is marked after the upgrade.

create table old_notice_mark (
    position     bigint primary key,
    field        varchar(64) not null,
    register_id  bigint references register (id) on delete cascade,
    item         varchar(200) not null default '',
    placed_value varchar not null default '',
    sentence     varchar not null default ''
);
