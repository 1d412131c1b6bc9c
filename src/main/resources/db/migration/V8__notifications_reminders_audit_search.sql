-- Notifications read per user, e-mail language, reminders claimed once, the append-only audit trail, and the folding
-- function campaign search compares with.

-- The language a user reads e-mails in: 'vi' (default) or 'en', kept when they use the language switch.
alter table app_user add column locale varchar(8);

-- Notifications go to a unit; each of its users marks them read for themselves.
create table notification_read (
    id              bigserial primary key,
    tenant_id       varchar(64) not null references tenant (code),
    notification_id bigint      not null references notification (id),
    user_id         bigint      not null references app_user (id),
    read_at         timestamptz not null,
    constraint notification_read_unique unique (notification_id, user_id)
);
create index notification_read_user on notification_read (user_id);

-- Each scheduled reminder sent, claimed with insert ... on conflict do nothing: whichever replica inserts the row
-- sends the reminder, so it goes out once even with several replicas and across restarts.
create table reminder_sent (
    id          bigserial primary key,
    tenant_id   varchar(64) not null references tenant (code),
    campaign_id bigint      not null references campaign (id),
    unit_id     bigint      not null references unit (id),
    kind        varchar(20) not null,
    deadline    timestamptz not null,
    sent_at     timestamptz not null,
    constraint reminder_sent_unique unique (campaign_id, unit_id, kind)
);

-- Who did what, where, when, and what changed. Rows are only ever inserted.
create table audit_event (
    id          bigserial primary key,
    tenant_id   varchar(64)   not null,
    at          timestamptz   not null,
    username    varchar(128),
    unit_id     bigint,
    unit_code   varchar(32),
    action      varchar(32)   not null,
    entity_type varchar(40),
    entity_id   varchar(64),
    summary     varchar(1000),
    before      jsonb,
    after       jsonb
);
create index audit_event_at on audit_event (tenant_id, at desc, id desc);
create index audit_event_unit on audit_event (tenant_id, unit_code);

-- The application's database account owns the table, so it cannot be denied UPDATE or DELETE: a trigger refuses them.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_change
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- Lower case without Vietnamese diacritics ("Quý I/2017" -> "quy i/2017"), precomposed or combining, so that search
-- ignores case and accents without the unaccent extension (not installed everywhere). Mirrored by SearchText.fold.
create function tonghop_fold(text) returns text language sql immutable strict parallel safe as $$
    select lower(translate($1,
        'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'
        || 'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ'
        || chr(768) || chr(769) || chr(771) || chr(777) || chr(803) || chr(770) || chr(774) || chr(795),
        'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'
        || 'AAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD'))
$$;
