-- A Seloste client file: one client business, its controller details and notice-wide settings.
-- Free text the owner writes is kept per language in _fi, _sv and _en columns.

-- Marks the database as a Seloste client file (one row). A database without it is not opened.
create table client_file (
    id          int default 1 primary key check (id = 1),
    application varchar(32) not null check (application = 'seloste'),
    created_at  timestamp with time zone not null
);
insert into client_file (id, application, created_at) values (1, 'seloste', current_timestamp);

-- Rekisterinpitäjä (GDPR Art. 13(1)(a)).
create table controller (
    id             int default 1 primary key check (id = 1),
    name           varchar not null default '',
    business_id    varchar not null default '',
    street_address varchar not null default '',
    postal_code    varchar not null default '',
    town           varchar not null default '',
    phone          varchar not null default '',
    email          varchar not null default '',
    website        varchar not null default ''
);
insert into controller (id) values (1);

-- Yhteyshenkilö (CONTACT) and tietosuojavastaava (DPO, Art. 13(1)(b)); a missing row means "none".
create table privacy_contact (
    role           varchar(16) primary key check (role in ('CONTACT', 'DPO')),
    name           varchar not null default '',
    title          varchar not null default '',
    email          varchar not null default '',
    phone          varchar not null default '',
    street_address varchar not null default '',
    postal_code    varchar not null default '',
    town           varchar not null default ''
);

-- Notice-wide settings: languages the notice is published in, review date, owner's own prose.
create table notice_settings (
    id                     int default 1 primary key check (id = 1),
    languages              varchar(32) not null default 'fi',
    next_review            date,
    introduction_fi        varchar not null default '',
    introduction_sv        varchar not null default '',
    introduction_en        varchar not null default '',
    rights_instructions_fi varchar not null default '',
    rights_instructions_sv varchar not null default '',
    rights_instructions_en varchar not null default ''
);
insert into notice_settings (id) values (1);
