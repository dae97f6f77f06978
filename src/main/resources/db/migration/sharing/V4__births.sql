-- sharing: deliveries recorded by hospitals (分娩记录), the mother's record until the child is registered,
-- and the elements that read them (newborn.*), the nationality every registered resident has, and the ID
-- number of the head of a household (to find the household register licence the head holds).

create table sharing_birth (
  id                 bigint      primary key,
  mother_id_number   varchar(18) not null,
  father_id_number   varchar(18),
  child_sex          char(1)     not null check (child_sex in ('M', 'F')),
  born_at            timestamp   not null,
  weight_grams       int         not null check (weight_grams between 300 and 7000),
  gestational_weeks  int         not null check (gestational_weeks between 20 and 45),
  institution        text        not null,
  source_department  text        not null,
  source_system      text        not null,
  as_of              timestamptz not null,
  version            int         not null default 1
);
create index sharing_birth_mother on sharing_birth (mother_id_number);

insert into sharing_data_element (code, value_type, sensitivity, source_kind, name, name_en, description, description_en) values
('newborn.gender',           'CODE',      'PERSONAL',           'HEALTH',          '新生儿性别', 'Newborn''s sex', '分娩记录中新生儿的性别（MALE 或 FEMALE）', 'Sex of the newborn in the delivery record (MALE or FEMALE)'),
('newborn.birthTime',        'TEXT',      'PERSONAL',           'HEALTH',          '出生时间', 'Time of birth', '分娩记录中的出生时间（ISO 8601，北京时间）', 'Time of birth in the delivery record (ISO 8601, China time)'),
('newborn.birthWeight',      'TEXT',      'SENSITIVE_PERSONAL', 'HEALTH',          '出生体重', 'Birth weight', '出生体重（克）', 'Birth weight in grams'),
('newborn.gestationalWeeks', 'TEXT',      'SENSITIVE_PERSONAL', 'HEALTH',          '出生孕周', 'Gestational age', '出生时的孕周', 'Weeks of gestation at birth'),
('newborn.idNumber',         'ID_NUMBER', 'SENSITIVE_PERSONAL', 'PUBLIC_SECURITY', '新生儿公民身份号码', 'Newborn''s ID number', '出生登记时编配的公民身份号码', 'ID number assigned at birth registration'),
('person.nationality',       'CODE',      'PERSONAL',           'PUBLIC_SECURITY', '国籍', 'Nationality', '户籍登记人员的国籍', 'Nationality of a registered resident'),
('household.headIdNumber',   'ID_NUMBER', 'SENSITIVE_PERSONAL', 'PUBLIC_SECURITY', '户主公民身份号码', 'Head of household''s ID number', '户主的公民身份号码', 'ID number of the head of household');
