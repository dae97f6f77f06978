-- sharing: ingestion of the population library's households, marriages, deliveries and deaths (issue 4).
--
-- Marriages and deliveries arrive keyed by their source's number (结婚证字号, the hospital's delivery record number);
-- the surrogate ids of rows stored by ingestion come from a sequence that starts far above the numbers the bulk
-- loader gives, so that the two never meet. New nullable columns without default: no rewrite of the tables, no cost
-- for COPY.

create sequence sharing_population_record_id start with 1000000000000;

alter table sharing_marriage alter column id set default nextval('sharing_population_record_id');
alter table sharing_marriage add column stored_at timestamptz;

alter table sharing_birth alter column id set default nextval('sharing_population_record_id');
alter table sharing_birth add column delivery_no text unique;
alter table sharing_birth add column region_code varchar(12);
alter table sharing_birth add column stored_at timestamptz;

-- The record that last set a person's marital status ('M:<marriage id>' or 'D:<death id>' of the spouse), so that
-- marriage.status is served with the provenance of civil affairs' or health's record, not the household register's.
-- Null: as bulk-loaded with the person.
alter table sharing_person add column marital_status_record text;

-- 死亡医学证明: a death certified by a health institution. One per person. The cause (ICD-10 code) is health data:
-- AES-256-GCM ciphertext (ADR 0009); the deceased's ID number stays in clear like every ID number of the population
-- library (it is the join key of the reads).
create table sharing_death (
  id                bigint      generated always as identity primary key,
  certificate_no    text        not null unique,
  id_number         varchar(18) not null unique,
  death_date        date        not null,
  place             text        not null,
  cause             bytea,
  region_code       varchar(12) not null,
  source_department text        not null,
  source_system     text        not null,
  as_of             timestamptz not null,
  version           int         not null default 1,
  stored_at         timestamptz
);

insert into sharing_data_element (code, value_type, sensitivity, source_kind, name, name_en, description, description_en) values
('death.place', 'TEXT', 'PERSONAL',           'HEALTH', '死亡地点', 'Place of death', '死亡医学证明上的死亡地点', 'Place of death on the medical certificate'),
('death.cause', 'CODE', 'SENSITIVE_PERSONAL', 'HEALTH', '根本死因', 'Underlying cause of death', '死亡医学证明上的根本死因（ICD-10 编码）', 'Underlying cause of death on the medical certificate (ICD-10 code)');
