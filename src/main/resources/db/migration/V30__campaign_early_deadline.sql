-- A deadline before the reporting period ends is accepted only when the issuer confirms it: the choice is kept.
alter table campaign add column early_deadline_confirmed boolean not null default false;
