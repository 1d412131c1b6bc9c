-- A standing report regime (chế độ báo cáo định kỳ, Decree 09/2019): one template, one issuing unit, a recipients rule
-- drawn again each period, a frequency and the cut-off and deadline rules. Each period's campaign is opened once.
create table regime (
    id                   bigserial primary key,
    tenant_id            varchar(64)  not null references tenant (code),
    template_version_id  bigint       not null references template_version (id),
    issuer_unit_id       bigint       not null references unit (id),
    title                varchar(500) not null,
    subject              varchar(1000),
    urgency              varchar(20)  not null,
    addressees           text,
    distribution         text,
    signer_name          varchar(255),
    signer_title         varchar(255),
    signer_capacity      varchar(255),
    responds_to          varchar(500),
    report_type          varchar(20)  not null,
    frequency            varchar(16)  not null,
    first_period         varchar(16)  not null,
    last_period          varchar(16),
    cutoff_day           int,
    deadline_day         int,
    deadline_offset_days int,
    recipient_rule       varchar(20)  not null,
    recipient_kind       varchar(32),
    recipient_codes      text[],
    late_policy          varchar(20)  not null,
    lock_after_days      int,
    reminder_days        int          not null default 2,
    created_by           varchar(128),
    created_at           timestamptz  not null default now(),
    version              bigint       not null default 0,
    constraint regime_deadline_rule check ((deadline_day is null) <> (deadline_offset_days is null)),
    constraint regime_cutoff_day check (cutoff_day between 1 and 31),
    constraint regime_deadline_day check (deadline_day between 1 and 31)
);
create index regime_issuer on regime (tenant_id, issuer_unit_id);

-- A period of a regime that has been opened. The unique key is the claim: of two openers at once (two replicas, the
-- job and an issuer's "open next"), only the one whose insert went in opens the campaign.
create table regime_period (
    id          bigserial primary key,
    tenant_id   varchar(64) not null references tenant (code),
    regime_id   bigint      not null references regime (id),
    period_code varchar(16) not null,
    campaign_id bigint      references campaign (id),
    opened_at   timestamptz not null,
    opened_by   varchar(128),
    constraint regime_period_unique unique (regime_id, period_code)
);
create index regime_period_campaign on regime_period (campaign_id);
