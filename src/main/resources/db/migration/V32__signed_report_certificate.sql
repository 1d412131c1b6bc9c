-- Who issued the signing certificate, and whether it chained to an installed trust anchor (null: none installed).
alter table signed_report add column certificate_issuer varchar(500);
alter table signed_report add column chain_trusted boolean;
