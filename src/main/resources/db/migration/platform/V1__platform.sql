-- The developer SMS outbox (demo profile only; a deployment sends through its gateway).
create table platform_sms_outbox (
  id      bigserial   primary key,
  mobile  varchar(11) not null,
  text    text        not null,
  sent_at timestamptz not null
);
