-- Format 6.
-- Every column that keeps an enum constant by name is wide enough for any constant: RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS
-- has 34 characters and special_category held 32, so a notice naming it could be neither saved nor imported.
alter table register alter column template set data type varchar(64);
alter table register alter column provision_requirement set data type varchar(64);
alter table register alter column automated_decisions_answer set data type varchar(64);
alter table register alter column profiling_answer set data type varchar(64);
alter table register alter column cookies_answer set data type varchar(64);
alter table register alter column cookie_consent set data type varchar(64);
alter table register alter column transfers_outside_eea set data type varchar(64);
alter table register alter column other_disclosures set data type varchar(64);
alter table purpose alter column legal_basis set data type varchar(64);
alter table data_category alter column special_category set data type varchar(64);
alter table data_category alter column article9_condition set data type varchar(64);
alter table data_source alter column kind set data type varchar(64);
alter table system_use alter column processing_role set data type varchar(64);
alter table recipient alter column kind set data type varchar(64);
alter table retention_rule alter column retention_criterion set data type varchar(64);
alter table security_measure alter column measure set data type varchar(64);
alter table transfer alter column safeguard set data type varchar(64);
alter table cookie alter column category set data type varchar(64);

-- A sign-off keeps its time to the nanosecond, as an interchange file may give it; microseconds rounded it.
alter table sign_off alter column signed_at set data type timestamp(9) with time zone;

-- A SHA-256 over everything the file holds (the notice, every sign-off record with its signer, role and time, and
-- every archived document), rewritten in the same transaction as every change and checked when the file is opened,
-- so that a changed byte inside a stored value is reported as damage instead of being read as the owner's text.
-- A file upgraded from format 5 gets its row the first time it is opened for editing.
create table integrity (
    id             int primary key check (id = 1),
    content_sha256 char(64) not null,
    signed_sha256  char(64) not null,
    saves          bigint not null check (saves >= 0),
    saved_at       timestamp(9) with time zone not null
);
