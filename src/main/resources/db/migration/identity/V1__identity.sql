-- identity: applicants (citizens, enterprises and their representatives), staff, one-time codes, sessions.

create table identity_citizen (
  id            bigserial primary key,
  id_number     varchar(18) not null unique,
  name          text        not null,
  mobile        varchar(11) not null,
  region_code   varchar(12) not null,
  created_at    timestamptz not null default now()
);
create index identity_citizen_mobile on identity_citizen (mobile);

create table identity_enterprise (
  id            bigserial primary key,
  credit_code   varchar(18) not null unique,
  name          text        not null,
  region_code   varchar(12) not null,
  created_at    timestamptz not null default now()
);

-- who may act for an enterprise: its legal representative and authorised agents (经办人)
create table identity_representative (
  enterprise_id bigint      not null references identity_enterprise (id) on delete cascade,
  citizen_id    bigint      not null references identity_citizen (id),
  kind          varchar(20) not null check (kind in ('LEGAL', 'AGENT')),
  primary key (enterprise_id, citizen_id)
);

create table identity_staff (
  id              bigserial primary key,
  username        varchar(64) not null unique,
  name            text        not null,
  password_hash   text        not null,
  department_code varchar(40) not null,
  region_code     varchar(12) not null,
  enabled         boolean     not null default true,
  created_at      timestamptz not null default now()
);

create table identity_staff_role (
  staff_id bigint      not null references identity_staff (id) on delete cascade,
  role     varchar(32) not null,
  primary key (staff_id, role)
);

-- one-time login codes: only a hash is stored; a challenge for an unknown person has no subject
create table identity_login_code (
  id            uuid        primary key,
  mobile        varchar(11) not null,
  citizen_id    bigint      references identity_citizen (id),
  enterprise_id bigint      references identity_enterprise (id),
  code_hash     varchar(64) not null,
  client_ip     varchar(45) not null,
  created_at    timestamptz not null,
  expires_at    timestamptz not null,
  failed_tries  int         not null default 0,
  locked        boolean     not null default false,
  used_at       timestamptz
);
create index identity_login_code_mobile on identity_login_code (mobile, created_at);
create index identity_login_code_ip on identity_login_code (client_ip, created_at);

-- staff password attempts, for throttling
create table identity_login_attempt (
  id         bigserial   primary key,
  username   varchar(64) not null,
  client_ip  varchar(45) not null,
  succeeded  boolean     not null,
  at         timestamptz not null
);
create index identity_login_attempt_user on identity_login_attempt (username, at);
create index identity_login_attempt_ip on identity_login_attempt (client_ip, at);

-- Spring Session JDBC (nodes stay stateless); the library's schema under our module prefix
create table identity_session (
  primary_id            char(36)     not null primary key,
  session_id            char(36)     not null,
  creation_time         bigint       not null,
  last_access_time      bigint       not null,
  max_inactive_interval int          not null,
  expiry_time           bigint       not null,
  principal_name        varchar(100)
);
create unique index identity_session_ix1 on identity_session (session_id);
create index identity_session_ix2 on identity_session (expiry_time);
create index identity_session_ix3 on identity_session (principal_name);

create table identity_session_attributes (
  session_primary_id char(36)     not null references identity_session (primary_id) on delete cascade,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea        not null,
  primary key (session_primary_id, attribute_name)
);
