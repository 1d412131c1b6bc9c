-- What people said about a figure the portal found out of line: the reporter's justification and the check of the
-- approver or the consolidating unit. The flags themselves are computed live from the reports, never stored, so they
-- never go stale; a note stays with its cell.
create table anomaly_note (
    id             bigserial primary key,
    tenant_id      varchar(64)  not null references tenant (code),
    submission_id  bigint       not null references submission (id),
    table_code     varchar(100) not null,
    row_key        varchar(100) not null,
    column_code    varchar(100) not null,
    justification  text,
    justified_by   varchar(128),
    justified_at   timestamptz,
    verified_by    varchar(128),
    verified_at    timestamptz,
    version        bigint       not null default 0,
    constraint anomaly_note_cell unique (submission_id, table_code, row_key, column_code)
);
