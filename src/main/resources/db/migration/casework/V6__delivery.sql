-- 出件 and 通知: how the applicant wants the results (online, collect with a pickup code at the unified window,
-- or by courier to an address), what happened on completion, and every notice sent about a case.
alter table casework_application
  add column delivery         text check (delivery in ('ONLINE_ONLINE', 'ONLINE_COLLECT', 'ONLINE_COURIER')),
  add column delivery_address text;

alter table casework_case
  add column withdrawn_reason text;

create table casework_delivery (
  case_number text        primary key references casework_case (case_number),
  method      text        not null,
  pickup_code text,
  tracking    text,
  address     text,
  at          timestamptz not null
);

create table casework_notice (
  id          bigint generated always as identity primary key,
  case_number text        not null references casework_case (case_number),
  text        text        not null,
  sms_sent    boolean     not null,
  at          timestamptz not null
);
create index casework_notice_case on casework_notice (case_number);

create table casework_shipment (
  tracking    text        primary key,
  case_number text        not null references casework_case (case_number),
  recipient   text        not null,
  address     text        not null,
  contents    text        not null,
  at          timestamptz not null
);
