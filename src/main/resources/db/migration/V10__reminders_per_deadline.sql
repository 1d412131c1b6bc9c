-- A reminder is sent once per deadline: after an extension, the new deadline gets its own "due soon" and "due today".
alter table reminder_sent drop constraint reminder_sent_unique;
alter table reminder_sent add constraint reminder_sent_unique unique (campaign_id, unit_id, kind, deadline);
