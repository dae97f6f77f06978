-- Days whose status an administrator set, winning over the built-in holiday schedule (tyme4j).
create table workday_override (
  day        date primary key,
  working    boolean not null,
  name       text not null,
  created_by text not null,
  created_at timestamptz not null default now()
);

comment on table workday_override is '工作日调整: administrator overrides of the statutory holiday schedule';
