-- Department systems (the sharing module's API clients) that an approver of their department lets issue licences
-- and change their status through the VC-API with their bearer token (ADR 0010).
create table licence_issuer_client (
  client_id       text primary key,
  department_code text not null,
  authorised_by   text not null,
  authorised_at   timestamptz not null
);
