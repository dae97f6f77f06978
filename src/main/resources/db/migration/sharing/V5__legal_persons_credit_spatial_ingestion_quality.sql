-- sharing: the legal-person (法人库), credit (信用库) and spatial (空间地理库) base libraries; ingestion batches from
-- source departments; the version history of every record they change; the data-quality loop (R-3.5) with its
-- notifications; hour-of-week baselines of the access monitor.
--
-- Sensitive values (the representative's ID number and mobile, the subject of a quality report) are stored as
-- AES-256-GCM ciphertext with a blind index (keyed HMAC) for lookups by equality (ADR 0009).

alter table sharing_data_element drop constraint sharing_data_element_value_type_check;
alter table sharing_data_element add constraint sharing_data_element_value_type_check
  check (value_type in ('TEXT', 'CODE', 'DATE', 'ID_NUMBER', 'CREDIT_CODE', 'MOBILE', 'BOOLEAN', 'REGION_CODE', 'COORDINATES'));

create table sharing_enterprise (
  credit_code             varchar(18) primary key,
  name                    text        not null,
  legal_form              varchar(24) not null check (legal_form in ('LIMITED_COMPANY', 'JOINT_STOCK_COMPANY', 'SOLE_TRADER',
                                                                     'FARMERS_COOPERATIVE', 'PARTNERSHIP', 'OTHER')),
  region_code             varchar(12) not null,
  address                 text        not null,
  representative_name     text        not null,
  representative_id       bytea       not null,
  representative_id_index bytea       not null,
  representative_mobile   bytea,
  registered_on           date,
  status                  varchar(12) not null check (status in ('ACTIVE', 'REVOKED', 'CANCELLED')),
  source_department       text        not null,
  source_system           text        not null,
  as_of                   timestamptz not null,
  version                 int         not null default 1,
  stored_at               timestamptz
);
create index sharing_enterprise_representative on sharing_enterprise (representative_id_index);
create index sharing_enterprise_region on sharing_enterprise (region_code);

create table sharing_credit (
  credit_code       varchar(18) primary key,
  level             char(1)     not null check (level in ('A', 'B', 'C', 'D')),
  red_list          boolean     not null default false,
  black_list        boolean     not null default false,
  list_reason       text,
  source_department text        not null,
  source_system     text        not null,
  as_of             timestamptz not null,
  version           int         not null default 1,
  stored_at         timestamptz,
  check (not (red_list and black_list))
);

create table sharing_address (
  id                bigint      generated always as identity primary key,
  address           text        not null unique,
  region_code       varchar(12) not null,
  longitude         numeric(9, 6) not null check (longitude between -180 and 180),
  latitude          numeric(8, 6) not null check (latitude between -90 and 90),
  source_department text        not null,
  source_system     text        not null,
  as_of             timestamptz not null,
  version           int         not null default 1,
  stored_at         timestamptz
);
create index sharing_address_region on sharing_address (region_code);

-- When a record was stored here (null: by a bulk load, as of its as_of). Nullable without default: no rewrite of
-- the population tables, no cost for COPY.
alter table sharing_person add column stored_at timestamptz;
alter table sharing_household add column stored_at timestamptz;

insert into sharing_data_element (code, value_type, sensitivity, source_kind, name, name_en, description, description_en) values
('enterprise.legalForm',                  'CODE',        'PUBLIC',             'MARKET_REGULATION', '企业类型', 'Legal form', 'LIMITED_COMPANY、JOINT_STOCK_COMPANY、SOLE_TRADER、FARMERS_COOPERATIVE、PARTNERSHIP 或 OTHER', 'LIMITED_COMPANY, JOINT_STOCK_COMPANY, SOLE_TRADER, FARMERS_COOPERATIVE, PARTNERSHIP or OTHER'),
('enterprise.regionCode',                 'REGION_CODE', 'PUBLIC',             'MARKET_REGULATION', '登记地区划', 'Region of registration', '企业登记地的行政区划代码', 'GB/T 2260 code of the region of registration'),
('enterprise.registeredOn',               'DATE',        'PUBLIC',             'MARKET_REGULATION', '成立日期', 'Date of establishment', '企业成立日期', 'Date the enterprise was established'),
('enterprise.status',                     'CODE',        'PUBLIC',             'MARKET_REGULATION', '登记状态', 'Registration status', 'ACTIVE（存续）、REVOKED（吊销）或 CANCELLED（注销）', 'ACTIVE, REVOKED or CANCELLED'),
('enterprise.legalRepresentativeIdNumber','ID_NUMBER',   'SENSITIVE_PERSONAL', 'MARKET_REGULATION', '法定代表人身份号码', 'Legal representative''s ID number', '法定代表人的公民身份号码', 'ID number of the legal representative'),
('enterprise.legalRepresentativeMobile',  'MOBILE',      'SENSITIVE_PERSONAL', 'MARKET_REGULATION', '法定代表人手机号码', 'Legal representative''s mobile', '登记的法定代表人手机号码', 'Registered mobile number of the legal representative'),
('credit.redList',                        'BOOLEAN',     'INTERNAL',           'MARKET_REGULATION', '守信红名单', 'Red list', '是否列入守信激励红名单（true 或 false）', 'Whether on the red list of trustworthy enterprises (true or false)'),
('credit.blackList',                      'BOOLEAN',     'INTERNAL',           'MARKET_REGULATION', '失信黑名单', 'Black list', '是否列入严重违法失信名单（true 或 false）', 'Whether on the black list of serious dishonesty (true or false)'),
('address.regionCode',                    'REGION_CODE', 'PERSONAL',           'NATURAL_RESOURCES', '地址所在区划', 'Region of the address', '居住地址或企业住所所在的村（社区）代码', 'Village or community code of the residence or registered address'),
('address.coordinates',                   'COORDINATES', 'PERSONAL',           'NATURAL_RESOURCES', '地址坐标', 'Coordinates of the address', '居住地址或企业住所的经纬度（WGS 84，经度,纬度）', 'Longitude,latitude (WGS 84) of the residence or registered address');

-- 数据归集批次: one row per ingestion call.
create table sharing_ingestion_batch (
  id              bigint      generated always as identity primary key,
  client_id       text        not null,
  department_code text        not null,
  record_type     varchar(12) not null,
  format          varchar(4)  not null,
  received        int         not null,
  inserted        int         not null,
  updated         int         not null,
  unchanged       int         not null,
  rejected        int         not null,
  applied         boolean     not null,
  at              timestamptz not null
);
create index sharing_ingestion_batch_department on sharing_ingestion_batch (department_code, id);

-- 历史版本: the previous version of every record an ingestion or a correction replaces (the row as it was,
-- sensitive columns still encrypted), so that the value served by any past read can be shown.
create table sharing_record_version (
  record_type       varchar(12) not null,
  record_key        text        not null,
  version           int         not null,
  data              jsonb       not null,
  source_department text        not null,
  source_system     text        not null,
  as_of             timestamptz not null,
  stored_at         timestamptz,
  superseded_at     timestamptz not null,
  primary key (record_type, record_key, version)
);

-- 数据质量问题 (R-3.5): a reported wrong value, the source department's answer, its deadline in working days.
create table sharing_quality_issue (
  id                  bigint      generated always as identity primary key,
  element_code        text        not null references sharing_data_element (code),
  subject_kind        char(1)     not null check (subject_kind in ('P', 'E')),
  subject_cipher      bytea       not null,
  subject_index       bytea       not null,
  record_version      int,
  evidence            text        not null,
  reporter_kind       varchar(8)  not null check (reporter_kind in ('STAFF', 'CITIZEN', 'CLIENT')),
  reporter            text        not null,
  reporter_department text,
  reporter_index      bytea,
  source_department   text        not null,
  source_region       varchar(12) not null,
  status              varchar(10) not null check (status in ('OPEN', 'CORRECTED', 'REJECTED')),
  reported_at         timestamptz not null,
  due_on              date        not null,
  resolved_by         text,
  resolved_at         timestamptz,
  resolution_note     text,
  corrected_version   int
);
create index sharing_quality_issue_open on sharing_quality_issue (source_department, due_on) where status = 'OPEN';
create index sharing_quality_issue_subject on sharing_quality_issue (subject_index);

-- 通知: there is no messaging module yet; the desk and "who read my data" show these.
create table sharing_notification (
  id                  bigint      generated always as identity primary key,
  issue_id            bigint      not null references sharing_quality_issue (id),
  recipient_department text,
  recipient_index     bytea,
  reason              varchar(10) not null check (reason in ('REPORTER', 'READER')),
  created_at          timestamptz not null,
  check ((recipient_department is null) <> (recipient_index is null))
);
create index sharing_notification_department on sharing_notification (recipient_department, id);
create index sharing_notification_person on sharing_notification (recipient_index, id);

-- 小时基线: per actor and hour of the week (0 = Monday 00:00 China time), an exponentially weighted mean of the
-- reads per minute in that hour over past weeks; the monitor compares the last minute with it.
create table sharing_access_baseline (
  actor          text     not null,
  hour_of_week   smallint not null check (hour_of_week between 0 and 167),
  reads_per_minute double precision not null,
  weeks          int      not null,
  primary key (actor, hour_of_week)
);
create table sharing_access_baseline_progress (
  id          int         primary key check (id = 1),
  hour_folded timestamptz not null
);

alter table sharing_alarm drop constraint sharing_alarm_rule_check;
alter table sharing_alarm add constraint sharing_alarm_rule_check
  check (rule in ('BURST', 'SCRAPING', 'REFUSALS', 'OFF_HOURS', 'UNUSUAL_RATE'));
