-- Outline templates: the shared library (owner_tenant null) and tenants' own versions.
create table template_version (
    id           bigserial primary key,
    owner_tenant varchar(64) references tenant (code),
    code         varchar(100) not null,
    version      int          not null,
    title        varchar(500) not null,
    yaml         text         not null,
    checksum     varchar(64)  not null,
    source_file  varchar(255),
    frozen       boolean      not null default false,
    created_at   timestamptz  not null default now(),
    constraint template_version_unique unique nulls not distinct (owner_tenant, code, version)
);

-- A report request (công văn + đề cương) sent to units, possibly relayed from a parent campaign.
create table campaign (
    id                  bigserial primary key,
    tenant_id           varchar(64)  not null references tenant (code),
    template_version_id bigint       not null references template_version (id),
    issuer_unit_id      bigint       not null references unit (id),
    parent_id           bigint       references campaign (id),
    title               varchar(500) not null,
    subject             varchar(1000),
    letter_number       varchar(100),
    letter_date         date,
    urgency             varchar(20),
    addressees          text,
    distribution        text,
    signer_name         varchar(255),
    signer_title        varchar(255),
    signer_capacity     varchar(255),
    responds_to         varchar(500),
    report_type         varchar(20)  not null,
    period_label        varchar(100) not null,
    period_start        date         not null,
    period_end          date         not null,
    cut_off             date,
    deadline            timestamptz  not null,
    late_policy         varchar(20)  not null,
    lock_after_days     int,
    reminder_days       int          not null default 2,
    status              varchar(20)  not null,
    created_by          varchar(128),
    created_at          timestamptz  not null default now(),
    published_at        timestamptz,
    version             bigint       not null default 0,
    constraint campaign_period check (period_end >= period_start)
);
create index campaign_issuer on campaign (tenant_id, issuer_unit_id);
create index campaign_parent on campaign (parent_id);

-- One unit's report in a campaign; created for every recipient when the campaign is published.
create table submission (
    id                bigserial primary key,
    tenant_id         varchar(64) not null references tenant (code),
    campaign_id       bigint      not null references campaign (id),
    unit_id           bigint      not null references unit (id),
    status            varchar(20) not null,
    deadline_override timestamptz,
    data              jsonb       not null default '{}'::jsonb,
    opened_at         timestamptz,
    updated_at        timestamptz,
    updated_by        varchar(128),
    submitted_at      timestamptz,
    late              boolean     not null default false,
    signer_name       varchar(255),
    signer_title      varchar(255),
    return_comment    text,
    version           bigint      not null default 0,
    constraint submission_unique unique (campaign_id, unit_id)
);
create index submission_unit on submission (tenant_id, unit_id);

create table submission_version (
    id            bigserial primary key,
    tenant_id     varchar(64)  not null references tenant (code),
    submission_id bigint       not null references submission (id),
    number        int          not null,
    status        varchar(20)  not null,
    data          jsonb        not null,
    note          text,
    created_by    varchar(128),
    created_at    timestamptz  not null default now(),
    constraint submission_version_unique unique (submission_id, number)
);

create table deadline_extension (
    id           bigserial primary key,
    tenant_id    varchar(64)  not null references tenant (code),
    campaign_id  bigint       not null references campaign (id),
    unit_id      bigint       references unit (id),
    old_deadline timestamptz  not null,
    new_deadline timestamptz  not null,
    reason       varchar(1000) not null,
    created_by   varchar(128),
    created_at   timestamptz  not null default now()
);

create table notification (
    id          bigserial primary key,
    tenant_id   varchar(64)  not null references tenant (code),
    unit_id     bigint       not null references unit (id),
    campaign_id bigint       references campaign (id),
    kind        varchar(30)  not null,
    message     varchar(1000) not null,
    created_at  timestamptz  not null default now(),
    read_at     timestamptz
);
create index notification_unit on notification (tenant_id, unit_id, created_at desc);
