-- A data item collected only sometimes or given voluntarily ("osoite (mahdollisesti)"), and the owner's own words
-- on organisational security (confidentiality agreements, how breaches are told).
alter table data_category add column optional boolean not null default false;
alter table register add column security_organisational_fi varchar not null default '';
alter table register add column security_organisational_sv varchar not null default '';
alter table register add column security_organisational_en varchar not null default '';
