-- Files attached to a campaign (the signed letter, a draft to comment on) or to a unit's report (the signed scan).
-- Bytes live in PostgreSQL so that every replica of the portal serves them and backups include them.
create table attachment (
    id           bigserial primary key,
    tenant_id    varchar(64)  not null references tenant (code),
    owner_kind   varchar(20)  not null,
    owner_id     bigint       not null,
    label        varchar(200) not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    uploaded_by  varchar(128) not null,
    uploaded_at  timestamptz  not null,
    constraint attachment_owner_kind check (owner_kind in ('CAMPAIGN', 'SUBMISSION')),
    constraint attachment_size check (size_bytes > 0)
);
create index attachment_owner on attachment (tenant_id, owner_kind, owner_id);

-- Kept apart so that listing attachments never reads their bytes.
create table attachment_content (
    id            bigserial primary key,
    tenant_id     varchar(64) not null references tenant (code),
    attachment_id bigint      not null unique references attachment (id) on delete cascade,
    bytes         bytea       not null
);
