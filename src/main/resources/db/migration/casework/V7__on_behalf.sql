-- 代办: a citizen authorises a village agent (村代办员) to apply on his behalf until a day; a window clerk applies
-- for the citizen in front of him without one. Drafts started by staff name them in created_by ('staff:<username>').
create table casework_authorisation (
  id            bigint generated always as identity primary key,
  citizen_id    text        not null,
  agent         text        not null,
  granted_at    timestamptz not null,
  valid_until   date        not null,
  revoked_at    timestamptz
);
create index casework_authorisation_citizen on casework_authorisation (citizen_id);
create index casework_authorisation_agent on casework_authorisation (agent, citizen_id);
