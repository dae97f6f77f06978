-- sharing: anomaly alarms raised by the monitor that watches the access log (R-3.4).
create index sharing_access_log_at on sharing_access_log (at);

create table sharing_alarm (
  id                  bigint generated always as identity primary key,
  raised_at           timestamptz not null,
  rule                varchar(16) not null check (rule in ('BURST', 'SCRAPING', 'REFUSALS', 'OFF_HOURS')),
  consumer_department text        not null,
  consumer_region     varchar(12) not null,
  actor               text        not null,
  observed            bigint      not null,
  threshold           bigint      not null,
  acknowledged_by     text,
  acknowledged_at     timestamptz
);
create index sharing_alarm_open on sharing_alarm (raised_at) where acknowledged_at is null;

-- 暂停: a rule may suspend every read of a consumer department (fail closed) until an administrator
-- acknowledges the alarm that caused it.
create table sharing_suspension (
  id                  bigint generated always as identity primary key,
  consumer_department text        not null,
  alarm_id            bigint      not null references sharing_alarm (id),
  since               timestamptz not null,
  lifted_by           text,
  lifted_at           timestamptz
);
create index sharing_suspension_active on sharing_suspension (consumer_department) where lifted_at is null;
