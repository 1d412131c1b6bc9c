-- The issuer's side of a campaign's consolidation: its own rows, the consolidated narrative per section, and the data
-- of the consolidated report's letter (number, date, signer). One per campaign.
create table consolidated_report (
    id              bigserial primary key,
    tenant_id       varchar(64)  not null references tenant (code),
    campaign_id     bigint       not null references campaign (id),
    data            jsonb        not null default '{}'::jsonb,
    report_number   varchar(100),
    report_date     date,
    signer_name     varchar(255),
    signer_title    varchar(255),
    signer_capacity varchar(255),
    distribution    text,
    updated_at      timestamptz,
    updated_by      varchar(128),
    version         bigint       not null default 0,
    constraint consolidated_report_campaign unique (campaign_id)
);
