-- The signed PDF of a campaign's consolidated report, uploaded by its issuer after signing it with her own tool
-- (PAdES). One per campaign: a new upload replaces it. What the verification found is kept with it.
create table signed_report (
    id           bigserial primary key,
    tenant_id    varchar(64)  not null references tenant (code),
    campaign_id  bigint       not null unique references campaign (id),
    file_name    varchar(200) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    signer       varchar(500) not null,
    signed_at    timestamptz,
    intact       boolean      not null,
    uploaded_by  varchar(128) not null,
    uploaded_at  timestamptz  not null,
    version      bigint       not null default 0,
    constraint signed_report_size check (size_bytes > 0)
);

-- Kept apart so that showing the panel never reads the bytes.
create table signed_report_content (
    id               bigserial primary key,
    tenant_id        varchar(64) not null references tenant (code),
    signed_report_id bigint      not null unique references signed_report (id) on delete cascade,
    bytes            bytea       not null
);
