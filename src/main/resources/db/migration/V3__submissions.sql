-- Submissions: who submitted, each kept version's signer and timeliness, and the indexes the inbox and rollup read by.
alter table submission add column submitted_by varchar(128);
alter table submission add column opened_by varchar(128);

alter table submission_version add column signer_name varchar(255);
alter table submission_version add column signer_title varchar(255);
alter table submission_version add column late boolean not null default false;
alter table submission_version add column submitted_at timestamptz;

create index submission_campaign on submission (campaign_id, status);
create index submission_version_submission on submission_version (submission_id, number);
