-- 上传材料: what an applicant uploaded for a material of his draft, checked on its content (type sniffed from
-- the bytes, size, virus-scan hook) and kept with its SHA-256. Bounded: 10 MB a file.
create table casework_upload (
  id             uuid primary key,
  application_id uuid        not null references casework_application (id),
  material       text        not null,
  filename       text        not null,
  content_type   text        not null,
  size           integer     not null check (size > 0 and size <= 10485760),
  sha256         text        not null,
  content        bytea       not null,
  uploaded_at    timestamptz not null
);
create index casework_upload_application on casework_upload (application_id, material);
