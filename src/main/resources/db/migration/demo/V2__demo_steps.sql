-- demo: later load steps that run once on a province loaded earlier (e.g. the demo grants).
create table demo_step (
  name    text        primary key,
  done_at timestamptz not null
);
