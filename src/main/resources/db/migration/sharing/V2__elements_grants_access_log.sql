-- sharing: the data-element catalog (数据共享目录), grants (授权), the tamper-evident access log (访问日志)
-- and the credentials of department systems that read through /api/v1/sharing.

create table sharing_data_element (
  code               text primary key,
  value_type         varchar(16) not null check (value_type in ('TEXT', 'CODE', 'DATE', 'ID_NUMBER', 'CREDIT_CODE', 'MOBILE')),
  sensitivity        varchar(20) not null check (sensitivity in ('PUBLIC', 'INTERNAL', 'PERSONAL', 'SENSITIVE_PERSONAL')),
  source_kind        varchar(20) not null,
  name               text not null,
  name_en            text not null,
  description        text not null,
  description_en     text not null
);

-- The vocabulary the platform's items need (catalog DataElement codes). source_kind is the responsible
-- department kind (organisation.DepartmentKind): the responsibility list of R-3.2.
insert into sharing_data_element (code, value_type, sensitivity, source_kind, name, name_en, description, description_en) values
('person.name',                 'TEXT',        'PERSONAL',           'PUBLIC_SECURITY',   '姓名', 'Name', '户籍登记的姓名', 'Name as in the household register'),
('person.idNumber',             'ID_NUMBER',   'SENSITIVE_PERSONAL', 'PUBLIC_SECURITY',   '公民身份号码', 'Resident ID number', 'GB 11643 公民身份号码', 'GB 11643 resident identity number'),
('person.gender',               'CODE',        'PERSONAL',           'PUBLIC_SECURITY',   '性别', 'Sex', 'MALE 或 FEMALE', 'MALE or FEMALE'),
('person.birthDate',            'DATE',        'PERSONAL',           'PUBLIC_SECURITY',   '出生日期', 'Date of birth', '出生日期', 'Date of birth'),
('person.ethnicity',            'CODE',        'SENSITIVE_PERSONAL', 'PUBLIC_SECURITY',   '民族', 'Ethnic group', '户籍登记的民族', 'Ethnic group as registered'),
('person.mobile',               'MOBILE',      'SENSITIVE_PERSONAL', 'PUBLIC_SECURITY',   '实名手机号码', 'Real-name mobile number', '实名登记的手机号码', 'Mobile number registered under the real name'),
('person.address',              'TEXT',        'PERSONAL',           'PUBLIC_SECURITY',   '居住地址', 'Residence address', '实际居住地址', 'Address of residence'),
('person.drivingLicenceNo',     'CODE',        'PERSONAL',           'PUBLIC_SECURITY',   '驾驶证号', 'Driving licence number', '机动车驾驶证号码', 'Driving licence number'),
('household.number',            'CODE',        'PERSONAL',           'PUBLIC_SECURITY',   '户号', 'Household number', '户籍登记的户号', 'Registered household number'),
('household.address',           'TEXT',        'PERSONAL',           'PUBLIC_SECURITY',   '户籍地址', 'Household address', '户籍所在地址', 'Address of the registered household'),
('household.head',              'TEXT',        'PERSONAL',           'PUBLIC_SECURITY',   '户主姓名', 'Head of household', '户主的姓名', 'Name of the head of household'),
('household.relation',          'CODE',        'PERSONAL',           'PUBLIC_SECURITY',   '与户主关系', 'Relation to the head', '与户主的关系', 'Relation to the head of household'),
('marriage.status',             'CODE',        'SENSITIVE_PERSONAL', 'CIVIL_AFFAIRS',     '婚姻状况', 'Marital status', 'UNMARRIED、MARRIED、DIVORCED 或 WIDOWED', 'UNMARRIED, MARRIED, DIVORCED or WIDOWED'),
('marriage.certificateNo',      'CODE',        'PERSONAL',           'CIVIL_AFFAIRS',     '结婚证字号', 'Marriage certificate number', '现有婚姻的结婚证字号', 'Certificate number of the current marriage'),
('marriage.spouseIdNumber',     'ID_NUMBER',   'SENSITIVE_PERSONAL', 'CIVIL_AFFAIRS',     '配偶身份号码', 'Spouse''s ID number', '现有婚姻配偶的公民身份号码', 'ID number of the current spouse'),
('marriage.registeredOn',       'DATE',        'PERSONAL',           'CIVIL_AFFAIRS',     '结婚登记日期', 'Date of marriage registration', '现有婚姻的登记日期', 'Registration date of the current marriage'),
('marriage.divorceCertificateNo','CODE',       'PERSONAL',           'CIVIL_AFFAIRS',     '离婚证字号', 'Divorce certificate number', '离婚证字号', 'Divorce certificate number'),
('prenatal.expectedDate',       'DATE',        'SENSITIVE_PERSONAL', 'HEALTH',            '预产期', 'Expected date of delivery', '孕产妇建档的预产期', 'Expected date in the prenatal record'),
('prenatal.hospital',           'TEXT',        'SENSITIVE_PERSONAL', 'HEALTH',            '建档医院', 'Prenatal hospital', '孕产妇建档的医院', 'Hospital keeping the prenatal record'),
('birth.medicalCertNo',         'CODE',        'PERSONAL',           'HEALTH',            '出生医学证明编号', 'Birth medical certificate number', '出生医学证明编号', 'Number of the birth medical certificate'),
('birth.childName',             'TEXT',        'PERSONAL',           'HEALTH',            '新生儿姓名', 'Child''s name', '出生医学证明上的新生儿姓名', 'Child''s name on the birth medical certificate'),
('birth.institution',           'TEXT',        'PERSONAL',           'HEALTH',            '助产机构', 'Delivery institution', '助产机构名称', 'Institution where the child was delivered'),
('birth.deliveryRecord',        'TEXT',        'SENSITIVE_PERSONAL', 'HEALTH',            '分娩记录', 'Delivery record', '分娩记录摘要', 'Summary of the delivery record'),
('death.date',                  'DATE',        'PERSONAL',           'HEALTH',            '死亡日期', 'Date of death', '死亡医学证明上的死亡日期', 'Date of death on the medical certificate'),
('death.medicalCertNo',         'CODE',        'PERSONAL',           'HEALTH',            '死亡医学证明编号', 'Death medical certificate number', '死亡医学证明编号', 'Number of the death medical certificate'),
('death.cremationNo',           'CODE',        'PERSONAL',           'CIVIL_AFFAIRS',     '火化证明编号', 'Cremation certificate number', '火化证明编号', 'Number of the cremation certificate'),
('enterprise.name',             'TEXT',        'PUBLIC',             'MARKET_REGULATION', '企业名称', 'Enterprise name', '登记的企业名称', 'Registered name of the enterprise'),
('enterprise.creditCode',       'CREDIT_CODE', 'PUBLIC',             'MARKET_REGULATION', '统一社会信用代码', 'Unified social credit code', 'GB 32100 统一社会信用代码', 'GB 32100 unified social credit code'),
('enterprise.legalRepresentative','TEXT',      'PUBLIC',             'MARKET_REGULATION', '法定代表人', 'Legal representative', '法定代表人姓名', 'Name of the legal representative'),
('enterprise.address',          'TEXT',        'PUBLIC',             'MARKET_REGULATION', '企业住所', 'Registered address', '登记的企业住所', 'Registered address of the enterprise'),
('credit.level',                'CODE',        'INTERNAL',           'MARKET_REGULATION', '信用等级', 'Credit level', '企业信用风险分类等级 A–D', 'Enterprise credit risk class A–D'),
('vehicle.registrationNo',      'CODE',        'PERSONAL',           'PUBLIC_SECURITY',   '机动车号牌', 'Vehicle registration number', '机动车号牌号码', 'Vehicle registration plate'),
('education.teacherExam',       'TEXT',        'PERSONAL',           'EDUCATION',         '教师资格考试成绩', 'Teacher qualification exam result', '教师资格考试合格证明', 'Result of the teacher qualification exam');

-- 授权: a consumer department may read these elements for this purpose type until expiry, once approved.
create table sharing_grant (
  id                  bigint generated always as identity primary key,
  consumer_department text        not null,
  consumer_region     varchar(12) not null,
  purpose_type        text        not null,
  status              varchar(12) not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED', 'REVOKED')),
  justification       text        not null,
  expires_on          date        not null,
  requested_by        text        not null,
  requested_at        timestamptz not null,
  decided_by          text,
  decided_at          timestamptz,
  decision_note       text
);
create index sharing_grant_consumer on sharing_grant (consumer_department, purpose_type) where status = 'APPROVED';

create table sharing_grant_element (
  grant_id     bigint not null references sharing_grant (id),
  element_code text   not null references sharing_data_element (code),
  primary key (grant_id, element_code)
);

-- 访问日志: one entry per read or refused read, hash-chained (SHA-256 over the entry and the previous hash).
-- seq is gap-free: it is taken from sharing_access_log_head under a row lock in the read's transaction.
create table sharing_access_log (
  seq                 bigint      primary key,
  at                  timestamptz not null,
  consumer_department text        not null,
  actor               text        not null,
  subject_kind        char(1)     not null check (subject_kind in ('P', 'E')),
  subject             text        not null,
  purpose_type        text        not null,
  purpose_reference   text        not null,
  outcome             varchar(8)  not null check (outcome in ('SERVED', 'PARTIAL', 'REFUSED')),
  served              text        not null,
  refused             text        not null,
  prev_hash           bytea       not null,
  hash                bytea       not null
);
create index sharing_access_log_subject on sharing_access_log (subject, seq);

create table sharing_access_log_head (
  id        int    primary key check (id = 1),
  last_seq  bigint not null,
  last_hash bytea  not null
);
insert into sharing_access_log_head values (1, 0, decode(repeat('00', 32), 'hex'));

-- Append-only: the platform never updates or deletes an entry. (A database superuser can still bypass the
-- trigger; the hash chain and the signed checkpoints make that visible.)
create function sharing_access_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'sharing_access_log is append-only';
end $$;
create trigger sharing_access_log_append_only before update or delete on sharing_access_log
  for each row execute function sharing_access_log_append_only();

-- 签名检查点: Ed25519 signature over (last seq, last hash, time), written regularly.
create table sharing_access_checkpoint (
  id        bigint generated always as identity primary key,
  last_seq  bigint      not null,
  last_hash bytea       not null,
  signed_at timestamptz not null,
  key_id    text        not null,
  signature bytea       not null
);

-- Department systems: client id and SHA-256 of the secret (256 random bits); short-lived bearer tokens, hashed.
create table sharing_api_client (
  client_id           text        primary key,
  secret_hash         bytea       not null,
  department_code     text        not null,
  name                text        not null,
  enabled             boolean     not null default true,
  created_by          text        not null,
  created_at          timestamptz not null
);

create table sharing_api_token (
  token_hash bytea       primary key,
  client_id  text        not null references sharing_api_client (client_id),
  expires_at timestamptz not null
);
create index sharing_api_token_expiry on sharing_api_token (expires_at);
