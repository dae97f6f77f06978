-- 电子证照: issued licences, their status history and uses, the status list indexes and the issuer's keys.

-- The issuer's signing keys when none are configured: generated on first start (development, demo).
create table licence_issuer_key (
  key_type    text primary key check (key_type in ('ED25519', 'SM2')),
  private_key text not null,
  created_at  timestamptz not null
);

create sequence licence_serial_seq start 1 maxvalue 99999999;
-- one index per licence, the same bit position in the revocation and the suspension list
create sequence licence_status_index_seq minvalue 0 start 0;

create table licence (
  number            char(24) primary key,
  type_code         text not null,
  holder_kind       text not null check (holder_kind in ('PERSON', 'ENTERPRISE')),
  holder_id         text not null,
  holder_name       text not null,
  department_code   text not null,
  department_name   text not null,
  fields            jsonb not null,
  valid_from        date not null,
  valid_until       date,
  status            text not null check (status in ('VALID', 'SUSPENDED', 'REVOKED')),
  status_index      integer not null unique,
  verification_code text not null unique,
  credential        text not null,
  case_reference    text,
  issued_at         timestamptz not null,
  issued_by         text not null
);
create index licence_holder on licence (holder_kind, holder_id, type_code);
create index licence_suspended on licence (status_index) where status = 'SUSPENDED';
create index licence_revoked on licence (status_index) where status = 'REVOKED';

create table licence_status_change (
  id         bigint generated always as identity primary key,
  number     char(24) not null references licence (number),
  status     text not null,
  reason     text not null,
  actor      text not null,
  changed_at timestamptz not null
);
create index licence_status_change_number on licence_status_change (number, id);

create table licence_use (
  id             bigint generated always as identity primary key,
  number         char(24) not null references licence (number),
  case_reference text not null,
  purpose        text not null,
  used_at        timestamptz not null
);
create index licence_use_number on licence_use (number, id);
