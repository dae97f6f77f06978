-- 数据跑路: what pre-filling read for a draft (facts, keyed PARTY:element, with source and date or the
-- refusal), who the parties are (applicant, mother, father, household head, enterprise), which department
-- decides each item (the purpose verifier confirms reads against it), and how each material of a case was
-- satisfied when it was submitted.
alter table casework_application
  add column handlers jsonb not null default '{}'::jsonb,
  add column parties  jsonb not null default '{}'::jsonb,
  add column facts    jsonb not null default '{}'::jsonb;

create table casework_case_material (
  case_number text not null references casework_case (case_number),
  material    text not null,
  name        text not null,
  way         text not null check (way in ('LICENCE', 'SHARED_DATA', 'PRODUCED', 'UPLOADED')),
  detail      text,
  primary key (case_number, material)
);
