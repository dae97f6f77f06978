-- 办件. An application is a draft until submitted once; its case carries the number, the items, the
-- acceptance, the supplement notices (clock stops) and the outcome. The trace is append-only.
create table casework_sequence (
  region text    not null,
  day    date    not null,
  last   bigint  not null,
  primary key (region, day)
);

create table casework_application (
  id             uuid primary key,
  applicant_kind text        not null check (applicant_kind in ('CITIZEN', 'ENTERPRISE')),
  applicant_id   text        not null,
  applicant_name text        not null,
  subject_kind   text        not null check (subject_kind in ('ITEM', 'BUNDLE')),
  subject_code   text        not null,
  region         text        not null,
  answers        jsonb       not null,
  field_values   jsonb       not null default '{}'::jsonb,
  provided       jsonb       not null default '[]'::jsonb,
  created_by     text        not null,
  status         text        not null check (status in ('DRAFT', 'SUBMITTED')),
  case_number    text unique,
  created_at     timestamptz not null,
  updated_at     timestamptz not null
);
create index casework_application_applicant on casework_application (applicant_id, status);

create table casework_case (
  case_number    text primary key,
  application_id uuid        not null unique references casework_application (id),
  applicant_kind text        not null,
  applicant_id   text        not null,
  applicant_name text        not null,
  subject_kind   text        not null,
  subject_code   text        not null,
  title          text        not null,
  region         text        not null,
  status         text        not null check (status in ('SUBMITTED', 'ACCEPTED', 'NOT_ACCEPTED', 'COMPLETED',
                                                        'PARTIALLY_COMPLETED', 'REFUSED', 'WITHDRAWN')),
  submitted_by   text        not null,
  submitted_at   timestamptz not null,
  accepted_by    text,
  accepted_on    date,
  refusal        text,
  completed_at   timestamptz
);
create index casework_case_applicant on casework_case (applicant_id, submitted_at desc);
create index casework_case_status on casework_case (region, status);

create table casework_case_item (
  case_number     text    not null references casework_case (case_number),
  item            text    not null,
  item_name       text    not null,
  department_code text    not null,
  committed_days  integer not null,
  trust_first     boolean not null,
  outcome         text check (outcome in ('APPROVED', 'REFUSED')),
  reason          text,
  decided_at      timestamptz,
  primary key (case_number, item)
);

-- 一次性告知: everything missing, at once; the clock stops from requested_on until supplied_on.
create table casework_supplement (
  id            bigint generated always as identity primary key,
  case_number   text        not null references casework_case (case_number),
  requested_by  text        not null,
  requested_at  timestamptz not null,
  requested_on  date        not null,
  missing       jsonb       not null,
  approved_by   text,
  supplied_at   timestamptz,
  supplied_on   date
);
create index casework_supplement_case on casework_supplement (case_number, id);

create table casework_trace (
  id          bigint generated always as identity primary key,
  case_number text        not null,
  action      text        not null,
  actor       text        not null,
  at          timestamptz not null,
  detail      text
);
create index casework_trace_case on casework_trace (case_number, id);
