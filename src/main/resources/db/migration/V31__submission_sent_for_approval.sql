-- A reporter hands the report to the unit's approvers: when and by whom. It waits for approval while it was sent after
-- its last submission (a report returned and sent again waits again).
alter table submission add column sent_for_approval_at timestamptz;
alter table submission add column sent_for_approval_by varchar(255);
