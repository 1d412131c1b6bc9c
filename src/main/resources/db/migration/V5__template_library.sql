-- A template version used by a campaign is frozen: its content, owner and number never change again, it cannot be
-- unfrozen and it cannot be deleted. Enforced here as well as in the code, so that no path (SQL included) gets round it.
create function template_version_frozen_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'template_version % is frozen (used by a campaign) and cannot be deleted', old.id
            using errcode = 'check_violation';
    end if;
    if new.yaml is distinct from old.yaml or new.checksum is distinct from old.checksum
            or new.code is distinct from old.code or new.version is distinct from old.version
            or new.title is distinct from old.title or new.owner_tenant is distinct from old.owner_tenant
            or new.source_file is distinct from old.source_file or not new.frozen then
        raise exception 'template_version % is frozen (used by a campaign) and cannot change', old.id
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;

create trigger template_version_frozen
    before update or delete on template_version
    for each row when (old.frozen)
    execute function template_version_frozen_guard();

create index template_version_code on template_version (code, version);
