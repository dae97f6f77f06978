-- sharing: the population base library (人口库), collected from the source departments.
-- Every row carries its provenance: source department, source system, as-of time and version.
--
-- Indexes are kept minimal for ~10 million persons: primary keys plus the lookups the platform needs
-- (household members, residents of a region, birthdays for proactive services). Bulk loads of millions of
-- rows drop the secondary indexes and re-create them after the load (PopulationLibrary.Indexes.REBUILD_AFTER_LOAD):
-- building an index once over sorted data is several times faster than maintaining it row by row.
-- No foreign keys between these tables: the source registers deliver them independently and COPY loads
-- them in chunks in any order.

create table sharing_household (
  id                bigint      primary key,
  head_id_number    varchar(18) not null,
  region_code       varchar(12) not null,
  address           text        not null,
  source_department text        not null,
  source_system     text        not null,
  as_of             timestamptz not null,
  version           int         not null default 1
);
create index sharing_household_region on sharing_household (region_code);

create table sharing_person (
  id_number         varchar(18) primary key,
  name              text        not null,
  sex               char(1)     not null check (sex in ('M', 'F')),
  birth_date        date        not null,
  ethnicity         text        not null,
  household_id      bigint,
  region_code       varchar(12) not null,
  address           text        not null,
  mobile            varchar(11),
  marital_status    varchar(12) not null check (marital_status in ('UNMARRIED', 'MARRIED', 'DIVORCED', 'WIDOWED')),
  alive             boolean     not null default true,
  source_department text        not null,
  source_system     text        not null,
  as_of             timestamptz not null,
  version           int         not null default 1
);
create index sharing_person_household on sharing_person (household_id);
create index sharing_person_region on sharing_person (region_code);
create index sharing_person_birth_date on sharing_person (birth_date);

create table sharing_marriage (
  id                bigint      primary key,
  husband_id_number varchar(18) not null,
  wife_id_number    varchar(18) not null,
  registered_on     date        not null,
  certificate_no    text        not null unique,
  registry_region   varchar(12) not null,
  status            varchar(12) not null check (status in ('REGISTERED', 'DIVORCED')),
  source_department text        not null,
  source_system     text        not null,
  as_of             timestamptz not null,
  version           int         not null default 1
);
create index sharing_marriage_husband on sharing_marriage (husband_id_number);
create index sharing_marriage_wife on sharing_marriage (wife_id_number);

create table sharing_prenatal_record (
  id                bigint      primary key,
  mother_id_number  varchar(18) not null,
  expected_date     date        not null,
  hospital          text        not null,
  source_department text        not null,
  source_system     text        not null,
  as_of             timestamptz not null,
  version           int         not null default 1
);
create index sharing_prenatal_record_mother on sharing_prenatal_record (mother_id_number);
