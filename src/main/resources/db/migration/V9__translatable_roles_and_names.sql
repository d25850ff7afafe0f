-- Format 9 (format 8 is the business-level security, cookies and systems, written in parallel).
-- The contact's and the DPO's title, a recipient's name, a system's storage location and the signer's role are
-- written per notice language, like the owner's other texts: each column becomes the Finnish one of three, so every
-- value typed before stays as it was, as the Finnish text. The signed content (sign_off.content) is not touched.
alter table privacy_contact alter column title rename to title_fi;
alter table privacy_contact add column title_sv varchar not null default '';
alter table privacy_contact add column title_en varchar not null default '';

alter table recipient alter column name rename to name_fi;
alter table recipient add column name_sv varchar not null default '';
alter table recipient add column name_en varchar not null default '';

alter table system_use alter column storage_location rename to storage_location_fi;
alter table system_use add column storage_location_sv varchar not null default '';
alter table system_use add column storage_location_en varchar not null default '';

alter table sign_off alter column signer_role rename to signer_role_fi;
alter table sign_off add column signer_role_sv varchar not null default '';
alter table sign_off add column signer_role_en varchar not null default '';
