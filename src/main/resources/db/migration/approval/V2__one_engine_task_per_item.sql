-- One engine task per item (ADR 0008): the default model's 审查 is a state of our own table, not an engine task.
-- A row of approval_task is one step as staff see it; engine_task_id names the engine task it completes (the same
-- for 审查 and 决定 of one item), then_step / then_step_name the step that an approval opens on the same engine
-- task instead of completing it (null: approving completes the engine task). Rows of cases started before this
-- version (two engine tasks per item) are each their own engine task.
alter table approval_task add column engine_task_id text;
alter table approval_task add column then_step text;
alter table approval_task add column then_step_name text;
update approval_task set engine_task_id = task_id;
alter table approval_task alter column engine_task_id set not null;
