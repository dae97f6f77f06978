-- Every change of who may read what (grants, their elements, suspensions) notifies channel sharing_policy at commit,
-- so that each node's cache of the read policy (ReadPolicy) is dropped at once, whichever node or tool made the change.
create function sharing_policy_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('sharing_policy', tg_table_name);
  return null;
end $$;

create trigger sharing_grant_policy after insert or update or delete or truncate on sharing_grant
  for each statement execute function sharing_policy_changed();
create trigger sharing_grant_element_policy after insert or update or delete or truncate on sharing_grant_element
  for each statement execute function sharing_policy_changed();
create trigger sharing_suspension_policy after insert or update or delete or truncate on sharing_suspension
  for each statement execute function sharing_policy_changed();
