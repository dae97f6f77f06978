-- 办结结果: the licences a case's approved items issued, and the values its results assigned (the newborn's
-- ID number at birth registration, the birth certificate's number) for the later items of the same case.
create table casework_case_licence (
  case_number    text        not null references casework_case (case_number),
  item           text        not null,
  licence_number text        not null,
  type           text        not null,
  issued_at      timestamptz not null default now(),
  primary key (case_number, item)
);

create table casework_case_result (
  case_number text not null references casework_case (case_number),
  element     text not null,
  value       text not null,
  primary key (case_number, element)
);
