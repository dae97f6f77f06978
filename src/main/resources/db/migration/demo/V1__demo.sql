-- demo: one row per load of the demo province; the loader skips when a row exists.
create table demo_load (
  id        int         primary key check (id = 1),
  seed      bigint      not null,
  persons   int         not null,
  loaded_at timestamptz not null
);
