-- 审批: the back office of each case. Flowable runs the process (ACT_* tables); these tables hold what the
-- platform needs to answer fast and to keep: each item's branch and outcome, each open task, the trace.
create table approval_case (
  case_ref            text primary key,
  title               text        not null,
  process_instance_id text,
  status              text        not null check (status in ('RUNNING', 'FINISHED', 'CANCELLED')),
  started_at          timestamptz not null,
  finished_at         timestamptz
);

create table approval_branch (
  case_ref        text        not null references approval_case (case_ref),
  item            text        not null,
  item_name       text        not null,
  department_code text        not null,
  region_code     text        not null,
  process_key     text,
  waits_for       text[]      not null default '{}',
  status          text        not null check (status in ('WAITING', 'IN_PROGRESS', 'APPROVED', 'REFUSED', 'CANCELLED')),
  reason          text,
  decided_by      text,
  decided_at      timestamptz,
  primary key (case_ref, item)
);

create table approval_task (
  task_id         text primary key,
  case_ref        text        not null references approval_case (case_ref),
  item            text        not null,
  step            text        not null,
  step_name       text        not null,
  department_code text        not null,
  assignee        text,
  status          text        not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
  created_at      timestamptz not null,
  done_at         timestamptz
);
create index approval_task_inbox on approval_task (department_code, status, created_at);

-- 全程留痕: every step, who, when, from which node. Append-only.
create table approval_trace (
  id        bigint generated always as identity primary key,
  case_ref  text        not null,
  item      text,
  step      text,
  action    text        not null,
  actor     text        not null,
  node      text        not null,
  at        timestamptz not null,
  detail    text
);
create index approval_trace_case on approval_trace (case_ref, id);
