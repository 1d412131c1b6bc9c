-- How a draft's recipients were chosen, so that the editor shows the choice again and publishing resolves "all direct
-- subordinates" or "all units of a kind" on the units of that moment. Earlier campaigns read as hand-picked lists.
alter table campaign add column recipient_mode varchar(16) not null default 'LIST';
alter table campaign add column recipient_kind varchar(32);
alter table campaign add column recipient_codes text[];
