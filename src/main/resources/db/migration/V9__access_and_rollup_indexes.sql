-- Who holds a role at a unit ("has the commune an approver?" on every submit) without reading every membership.
create index membership_unit_role on membership (unit_id, role);

-- A revision of each tenant's unit tree, so that the application may keep a tree it has read until the tree changes
-- (UnitService.allCached). Bumped by triggers, so that no path (SQL included) can change the tree unseen; bumped at
-- most once per transaction (last_tx), so that an import of thousands of units does not update the row thousands of
-- times. Readers compare revision and last_tx: a rolled-back change leaves a revision that the next change reuses
-- with another transaction id.
create table unit_tree_revision (
    tenant_id varchar(64) primary key references tenant (code),
    revision  bigint not null default 0,
    last_tx   bigint
);

create function unit_tree_changed() returns trigger language plpgsql as $$
declare
    t varchar(64);
begin
    if tg_op = 'DELETE' then
        t := old.tenant_id;
    else
        t := new.tenant_id;
    end if;
    insert into unit_tree_revision as r (tenant_id, revision, last_tx) values (t, 1, txid_current())
    on conflict (tenant_id) do update set revision = r.revision + 1, last_tx = excluded.last_tx
        where r.last_tx is distinct from excluded.last_tx;
    if tg_op = 'UPDATE' and old.tenant_id is distinct from new.tenant_id then
        insert into unit_tree_revision as r (tenant_id, revision, last_tx) values (old.tenant_id, 1, txid_current())
        on conflict (tenant_id) do update set revision = r.revision + 1, last_tx = excluded.last_tx
            where r.last_tx is distinct from excluded.last_tx;
    end if;
    return null;
end;
$$;

create trigger unit_tree_changed after insert or update or delete on unit
    for each row execute function unit_tree_changed();
create trigger unit_placement_tree_changed after insert or update or delete on unit_placement
    for each row execute function unit_tree_changed();

-- Subtrees as a range of paths in byte order (UnitService): usable by the server's cached (generic) plans, which a
-- "path like $1" never is.
create index unit_placement_path_range on unit_placement (tenant_id, (path collate "C"));
