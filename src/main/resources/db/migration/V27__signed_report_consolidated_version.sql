-- The version of the consolidated report when its signed file was uploaded: a later edit makes the signed file stale.
alter table signed_report add column consolidated_version bigint;
