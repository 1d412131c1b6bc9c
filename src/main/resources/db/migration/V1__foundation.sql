-- Tenants, users, the unit hierarchy with validity dates, and memberships.
-- Every tenant-owned table carries tenant_id (the tenant's code), the Hibernate discriminator.

create table tenant (
    id          bigserial primary key,
    code        varchar(64)  not null unique,
    name        varchar(255) not null,
    created_at  timestamptz  not null default now()
);

create table app_user (
    id             bigserial primary key,
    username       varchar(128) not null unique,
    display_name   varchar(255),
    email          varchar(255),
    tenant_id      varchar(64) references tenant (code),
    platform_admin boolean not null default false,
    created_at     timestamptz not null default now()
);

create table unit (
    id          bigserial primary key,
    tenant_id   varchar(64)  not null references tenant (code),
    code        varchar(32)  not null,
    name        varchar(255) not null,
    kind        varchar(32)  not null,
    valid_from  date         not null,
    valid_to    date,
    version     bigint       not null default 0,
    constraint unit_code_unique unique (tenant_id, code),
    constraint unit_validity check (valid_to is null or valid_to >= valid_from)
);

-- Where a unit sits in the tree during an interval. path is the chain of unit ids from the root,
-- e.g. '/1/5/23/', so a subtree on a date is one indexed prefix query.
create table unit_placement (
    id          bigserial primary key,
    tenant_id   varchar(64) not null references tenant (code),
    unit_id     bigint      not null references unit (id),
    parent_id   bigint      references unit (id),
    path        varchar(2048) not null,
    valid_from  date        not null,
    valid_to    date,
    constraint placement_validity check (valid_to is null or valid_to >= valid_from)
);
create index unit_placement_path on unit_placement (tenant_id, path varchar_pattern_ops);
create index unit_placement_unit on unit_placement (unit_id, valid_from);
create index unit_placement_parent on unit_placement (parent_id);

-- Reorganisations (merge, dissolve, move) kept as history.
create table unit_event (
    id           bigserial primary key,
    tenant_id    varchar(64)  not null references tenant (code),
    kind         varchar(32)  not null,
    unit_id      bigint       not null references unit (id),
    target_id    bigint       references unit (id),
    effective_on date         not null,
    note         varchar(1000),
    created_by   varchar(128),
    created_at   timestamptz  not null default now()
);

create table membership (
    id          bigserial primary key,
    tenant_id   varchar(64) not null references tenant (code),
    user_id     bigint      not null references app_user (id),
    unit_id     bigint      not null references unit (id),
    role        varchar(16) not null,
    constraint membership_unique unique (tenant_id, user_id, unit_id, role)
);
create index membership_user on membership (user_id);
