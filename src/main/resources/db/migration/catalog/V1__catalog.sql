-- 事项目录. Every saved draft is a new version row; publishing a version supersedes the one published before.
-- The document column holds the version in the exchange format (CatalogDocument.ItemDoc / BundleDoc).
create table catalog_item_version (
  code         text        not null,
  region       text        not null,
  version      integer     not null check (version >= 1),
  status       text        not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN', 'SUPERSEDED')),
  name         text        not null,
  department   text        not null,
  document     jsonb       not null,
  created_by   text        not null,
  created_at   timestamptz not null,
  published_by text,
  published_at timestamptz,
  primary key (code, region, version)
);
create unique index catalog_item_one_draft on catalog_item_version (code, region) where status = 'DRAFT';
create unique index catalog_item_one_published on catalog_item_version (code, region) where status = 'PUBLISHED';
create index catalog_item_status on catalog_item_version (status, region, department);

create table catalog_bundle_version (
  code         text        not null,
  version      integer     not null check (version >= 1),
  status       text        not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN', 'SUPERSEDED')),
  name         text        not null,
  document     jsonb       not null,
  created_by   text        not null,
  created_at   timestamptz not null,
  published_by text,
  published_at timestamptz,
  primary key (code, version)
);
create unique index catalog_bundle_one_draft on catalog_bundle_version (code) where status = 'DRAFT';
create unique index catalog_bundle_one_published on catalog_bundle_version (code) where status = 'PUBLISHED';

-- 变更留痕: who did what to which version, when. Append-only: the application never updates or deletes it.
create table catalog_change (
  id        bigint generated always as identity primary key,
  at        timestamptz not null,
  actor     text        not null,
  subject   text        not null check (subject in ('ITEM', 'BUNDLE')),
  code      text        not null,
  region    text,
  version   integer     not null,
  action    text        not null check (action in ('DRAFT_SAVED', 'PUBLISHED', 'PUBLISH_REFUSED', 'WITHDRAWN')),
  detail    jsonb       not null default '{}'::jsonb
);
create index catalog_change_subject on catalog_change (subject, code, id);

comment on table catalog_item_version is '事项版本: every version of every item, drafts included';
comment on table catalog_bundle_version is '一件事版本';
comment on table catalog_change is '目录变更留痕 (append-only)';
