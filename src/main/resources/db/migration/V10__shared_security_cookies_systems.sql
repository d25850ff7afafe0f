-- Format 10: security, cookies and the systems are the business's, said once for all registers
-- (docs/decisions/0021). Each register names the shared systems that hold its data. The per-register rows of an
-- older file move here by the rules SharedSectionsMerge applies in the app: nothing invented, nothing dropped.

create table shared_system (
    system_key       varchar(64) primary key,
    position         bigint not null,
    catalog_id       varchar(64),
    name             varchar not null default '',
    vendor           varchar not null default '',
    processing_role  varchar(64) not null default 'PROCESSOR'
        check (processing_role in ('PROCESSOR', 'SEPARATE_CONTROLLER', 'JOINT_CONTROLLER', 'IN_HOUSE', 'PAPER_FILES',
                                   'HEALTH_RECORDS_ARCHIVE', 'RECIPIENT')),
    used_for_fi      varchar not null default '',
    used_for_sv      varchar not null default '',
    used_for_en      varchar not null default '',
    storage_location_fi varchar not null default '',
    storage_location_sv varchar not null default '',
    storage_location_en varchar not null default '',
    privacy_url      varchar not null default '',
    facts_checked_on date
);

create table shared_system_transfer (
    system_key varchar(64) not null references shared_system (system_key) on delete cascade,
    position   int not null,
    country    varchar not null,
    safeguard  varchar(64) not null default 'NONE'
        check (safeguard in ('NONE', 'ADEQUACY_DECISION', 'EU_US_DATA_PRIVACY_FRAMEWORK', 'STANDARD_CONTRACTUAL_CLAUSES',
                             'BINDING_CORPORATE_RULES', 'ARTICLE_49_DEROGATION')),
    primary key (system_key, position)
);

create table register_system (
    register_id bigint not null references register (id) on delete cascade,
    system_key  varchar(64) not null references shared_system (system_key) on delete cascade,
    primary key (register_id, system_key)
);

create table business_security (
    id                 int default 1 primary key check (id = 1),
    paper_fi           varchar not null default '',
    paper_sv           varchar not null default '',
    paper_en           varchar not null default '',
    electronic_fi      varchar not null default '',
    electronic_sv      varchar not null default '',
    electronic_en      varchar not null default '',
    organisational_fi  varchar not null default '',
    organisational_sv  varchar not null default '',
    organisational_en  varchar not null default ''
);

create table business_security_measure (
    measure varchar(64) primary key
        check (measure in ('LOCKED_CABINET', 'LOCKED_PREMISES', 'SHREDDING', 'NO_PAPER_RECORDS',
                           'PERSONAL_ACCOUNTS', 'STRONG_AUTHENTICATION', 'ACCESS_RIGHTS_BY_ROLE', 'ENCRYPTION_IN_TRANSIT',
                           'ENCRYPTION_AT_REST', 'FIREWALL', 'BACKUPS', 'UPDATES_AND_MALWARE_PROTECTION',
                           'CONFIDENTIALITY_OBLIGATION', 'ACCESS_LOGGING'))
);

create table business_cookies (
    id             int default 1 primary key check (id = 1),
    cookies_answer varchar(64) not null default 'NOT_ANSWERED' check (cookies_answer in ('NOT_ANSWERED', 'YES', 'NO')),
    cookie_consent varchar(64) not null default 'NOT_STATED'
        check (cookie_consent in ('NOT_STATED', 'CONSENT_TOOL', 'BROWSER_SETTINGS_ONLY')),
    text_fi        varchar not null default '',
    text_sv        varchar not null default '',
    text_en        varchar not null default ''
);

create table business_cookie (
    position    bigint primary key,
    name        varchar not null default '',
    provider    varchar not null default '',
    purpose_fi  varchar not null default '',
    purpose_sv  varchar not null default '',
    purpose_en  varchar not null default '',
    category    varchar(64) not null default 'NOT_CHOSEN'
        check (category in ('NOT_CHOSEN', 'NECESSARY', 'PREFERENCES', 'ANALYTICS', 'MARKETING')),
    lifetime_fi varchar not null default '',
    lifetime_sv varchar not null default '',
    lifetime_en varchar not null default ''
);

-- A shared section made from differing answers: the check asks the owner to look at it until she changes it.
create table merge_note (
    section       varchar(16) not null check (section in ('SYSTEMS', 'SECURITY', 'COOKIES')),
    position      int not null,
    register_name varchar not null,
    primary key (section, position)
);

-- Systems: one shared system for every set of identical ones (every detail and every transfer the same), keyed by
-- the first of them in the order of registers and their systems.
create table v10_system (
    id        bigint primary key,
    signature varchar not null,
    ord       bigint not null
);
insert into v10_system (id, signature, ord)
    select s.id,
           coalesce(s.catalog_id, char(0)) || char(31) || s.name || char(31) || s.vendor || char(31) || s.processing_role
               || char(31) || s.used_for_fi || char(31) || s.used_for_sv || char(31) || s.used_for_en || char(31)
               || s.storage_location_fi || char(31) || s.storage_location_sv || char(31) || s.storage_location_en || char(31) || s.privacy_url || char(31)
               || coalesce(cast(s.facts_checked_on as varchar), char(0)) || char(31)
               || coalesce((select listagg(t.country || char(30) || t.safeguard, char(29)) within group (order by t.position, t.id)
                            from transfer t
                            where t.register_id = s.register_id and t.holder = 'SYSTEM' and t.holder_position = s.position), ''),
           row_number() over (order by r.position, r.id, s.position, s.id)
    from system_use s join register r on r.id = s.register_id;

create table v10_first (
    signature varchar primary key,
    first_ord bigint not null,
    first_id  bigint not null
);
insert into v10_first (signature, first_ord, first_id)
    select f.signature, f.first_ord, v.id
    from (select signature, min(ord) as first_ord from v10_system group by signature) f
    join v10_system v on v.ord = f.first_ord;

insert into shared_system (system_key, position, catalog_id, name, vendor, processing_role, used_for_fi, used_for_sv,
                           used_for_en, storage_location_fi, storage_location_sv, storage_location_en, privacy_url,
                           facts_checked_on)
    select 's' || s.id, f.first_ord, s.catalog_id, s.name, s.vendor, s.processing_role, s.used_for_fi, s.used_for_sv,
           s.used_for_en, s.storage_location_fi, s.storage_location_sv, s.storage_location_en, s.privacy_url,
           s.facts_checked_on
    from v10_first f join system_use s on s.id = f.first_id;

insert into shared_system_transfer (system_key, position, country, safeguard)
    select 's' || s.id, row_number() over (partition by s.id order by t.position, t.id), t.country, t.safeguard
    from v10_first f
    join system_use s on s.id = f.first_id
    join transfer t on t.register_id = s.register_id and t.holder = 'SYSTEM' and t.holder_position = s.position;

insert into register_system (register_id, system_key)
    select distinct s.register_id, 's' || f.first_id
    from system_use s join v10_system v on v.id = s.id join v10_first f on f.signature = v.signature;

-- Two shared systems of one name (a system that registers described differently): the owner checks them, told
-- which registers had such a system.
insert into merge_note (section, position, register_name)
    select 'SYSTEMS', row_number() over (order by r.position, r.id), r.name_fi
    from register r
    where exists (select 1 from register_system rs
                  join shared_system a on a.system_key = rs.system_key
                  join shared_system b on a.name = b.name and a.system_key <> b.system_key
                  where rs.register_id = r.id);

-- The record of processing keeps each processor agreement by the place of its system among the register's
-- systems; the places change with the merge. What each register's systems became, in the order it had them, is kept
-- here for the app, which moves the agreements on the first open after this upgrade and then empties the table
-- (RecordAfterUpgrade).
create table system_place_before_v10 (
    register_id bigint not null,
    position    int not null,
    system_key  varchar(64) not null,
    primary key (register_id, position)
);
insert into system_place_before_v10 (register_id, position, system_key)
    select s.register_id, row_number() over (partition by s.register_id order by s.position, s.id) - 1, 's' || f.first_id
    from system_use s join v10_system v on v.id = s.id join v10_first f on f.signature = v.signature;

drop table v10_first;
drop table v10_system;
delete from transfer where holder = 'SYSTEM';
drop table system_use;

-- Security: every measure any register had; each distinct text once, in the order of the registers.
insert into business_security_measure (measure) select distinct measure from security_measure;

create table v10_text (
    field varchar(32) not null,
    text  varchar not null,
    ord   bigint not null
);
insert into v10_text (field, text, ord)
    select field, text, min(ord) from (
        select 'paper_fi' as field, security_paper_fi as text, position * 1000000000 + id as ord from register
        union all select 'paper_sv', security_paper_sv, position * 1000000000 + id from register
        union all select 'paper_en', security_paper_en, position * 1000000000 + id from register
        union all select 'electronic_fi', security_electronic_fi, position * 1000000000 + id from register
        union all select 'electronic_sv', security_electronic_sv, position * 1000000000 + id from register
        union all select 'electronic_en', security_electronic_en, position * 1000000000 + id from register
        union all select 'organisational_fi', security_organisational_fi, position * 1000000000 + id from register
        union all select 'organisational_sv', security_organisational_sv, position * 1000000000 + id from register
        union all select 'organisational_en', security_organisational_en, position * 1000000000 + id from register
        union all select 'cookies_fi', cookies_text_fi, position * 1000000000 + id from register
        union all select 'cookies_sv', cookies_text_sv, position * 1000000000 + id from register
        union all select 'cookies_en', cookies_text_en, position * 1000000000 + id from register
    ) t
    where text <> ''
    group by field, text;

insert into business_security (id, paper_fi, paper_sv, paper_en, electronic_fi, electronic_sv, electronic_en,
                               organisational_fi, organisational_sv, organisational_en)
    select 1,
        coalesce((select listagg(text, char(10) || char(10)) within group (order by ord) from v10_text where field = 'paper_fi'), ''),
        coalesce((select listagg(text, char(10) || char(10)) within group (order by ord) from v10_text where field = 'paper_sv'), ''),
        coalesce((select listagg(text, char(10) || char(10)) within group (order by ord) from v10_text where field = 'paper_en'), ''),
        coalesce((select listagg(text, char(10) || char(10)) within group (order by ord) from v10_text where field = 'electronic_fi'), ''),
        coalesce((select listagg(text, char(10) || char(10)) within group (order by ord) from v10_text where field = 'electronic_sv'), ''),
        coalesce((select listagg(text, char(10) || char(10)) within group (order by ord) from v10_text where field = 'electronic_en'), ''),
        coalesce((select listagg(text, char(10) || char(10)) within group (order by ord) from v10_text where field = 'organisational_fi'), ''),
        coalesce((select listagg(text, char(10) || char(10)) within group (order by ord) from v10_text where field = 'organisational_sv'), ''),
        coalesce((select listagg(text, char(10) || char(10)) within group (order by ord) from v10_text where field = 'organisational_en'), '');

-- Registers that said different things about security: the union is kept, and the owner checks it.
create table v10_security (
    register_id bigint primary key,
    signature   varchar not null
);
insert into v10_security (register_id, signature)
    select r.id,
           r.security_paper_fi || char(31) || r.security_paper_sv || char(31) || r.security_paper_en || char(31)
               || r.security_electronic_fi || char(31) || r.security_electronic_sv || char(31) || r.security_electronic_en
               || char(31) || r.security_organisational_fi || char(31) || r.security_organisational_sv || char(31)
               || r.security_organisational_en || char(31)
               || coalesce((select listagg(m.measure, ',') within group (order by m.measure)
                            from security_measure m where m.register_id = r.id), '')
    from register r;
insert into merge_note (section, position, register_name)
    select 'SECURITY', row_number() over (order by r.position, r.id), r.name_fi
    from register r
    where (select count(distinct signature) from v10_security) > 1;
drop table v10_security;
drop table security_measure;

-- Cookies: a yes in any register is what the website does; a consent only when the registers agree; the
-- inventories together, each cookie once.
insert into business_cookies (id, cookies_answer, cookie_consent, text_fi, text_sv, text_en)
    select 1,
        case when exists (select 1 from register where cookies_answer = 'YES') then 'YES'
             when exists (select 1 from register where cookies_answer = 'NO') then 'NO'
             else 'NOT_ANSWERED' end,
        case when (select count(distinct cookie_consent) from register where cookie_consent <> 'NOT_STATED') = 1
             then (select max(cookie_consent) from register where cookie_consent <> 'NOT_STATED')
             else 'NOT_STATED' end,
        coalesce((select listagg(text, char(10) || char(10)) within group (order by ord) from v10_text where field = 'cookies_fi'), ''),
        coalesce((select listagg(text, char(10) || char(10)) within group (order by ord) from v10_text where field = 'cookies_sv'), ''),
        coalesce((select listagg(text, char(10) || char(10)) within group (order by ord) from v10_text where field = 'cookies_en'), '');

insert into business_cookie (position, name, provider, purpose_fi, purpose_sv, purpose_en, category, lifetime_fi,
                             lifetime_sv, lifetime_en)
    select min(r.position * 1000000000000 + r.id * 1000000 + c.position), c.name, c.provider, c.purpose_fi,
           c.purpose_sv, c.purpose_en, c.category, c.lifetime_fi, c.lifetime_sv, c.lifetime_en
    from cookie c join register r on r.id = c.register_id
    group by c.name, c.provider, c.purpose_fi, c.purpose_sv, c.purpose_en, c.category, c.lifetime_fi, c.lifetime_sv,
             c.lifetime_en;

create table v10_inventory (
    register_id bigint primary key,
    signature   varchar not null
);
insert into v10_inventory (register_id, signature)
    select c.register_id,
           listagg(c.name || char(30) || c.provider || char(30) || c.purpose_fi || char(30) || c.purpose_sv || char(30)
                   || c.purpose_en || char(30) || c.category || char(30) || c.lifetime_fi || char(30) || c.lifetime_sv
                   || char(30) || c.lifetime_en, char(31)) within group (order by c.position, c.id)
    from cookie c group by c.register_id;
insert into merge_note (section, position, register_name)
    select 'COOKIES', row_number() over (order by r.position, r.id), r.name_fi
    from register r
    where (select count(distinct cookies_answer) from register where cookies_answer <> 'NOT_ANSWERED') > 1
       or (select count(distinct cookie_consent) from register where cookie_consent <> 'NOT_STATED') > 1
       or (select count(distinct cookies_text_fi || char(31) || cookies_text_sv || char(31) || cookies_text_en)
           from register where cookies_text_fi <> '' or cookies_text_sv <> '' or cookies_text_en <> '') > 1
       or (select count(distinct signature) from v10_inventory) > 1;
drop table v10_inventory;
drop table v10_text;
drop table cookie;

alter table register drop column cookies_answer;
alter table register drop column cookie_consent;
alter table register drop column cookies_text_fi;
alter table register drop column cookies_text_sv;
alter table register drop column cookies_text_en;
alter table register drop column security_paper_fi;
alter table register drop column security_paper_sv;
alter table register drop column security_paper_en;
alter table register drop column security_electronic_fi;
alter table register drop column security_electronic_sv;
alter table register drop column security_electronic_en;
alter table register drop column security_organisational_fi;
alter table register drop column security_organisational_sv;
alter table register drop column security_organisational_en;

-- The notice's JSON form changed with these sections, so the working checksum is taken again on the first open
-- after this upgrade (Integrity.afterUpgrade); the signed part is unchanged and still checked.
update integrity set content_sha256 = 'upgraded-to-format-10' || repeat('0', 43);
