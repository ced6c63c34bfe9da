-- Crowd reports (docs/reports.md).
--
-- report          one row per reporter per message and kind (the raw reports; purged by age)
-- domain_reporter who counted for a domain: one row per domain, kind, role and reporter hash,
--                 so a reporter counts once per domain however many messages they send
-- domain_counter  the counts the API reads, kept in the same transaction as each report
-- report_day      reports per day for the community page's chart
--
-- Privacy: no raw reporter id, body, recipient or full URL is ever stored. The
-- reporter is a keyed hash (HMAC-SHA256), subjects have e-mail addresses masked,
-- links are kept as hosts only.

create table report (
    id              uuid        primary key,
    -- HMAC of reporter hash, kind, sender address, normalized subject and link hosts:
    -- the same reporter sending the same message again hits this key and counts once.
    message_key     varchar(64) not null unique,
    reporter_hash   varchar(64) not null,
    kind            varchar(8)  not null check (kind in ('scam', 'not-scam')),
    sender_address  varchar(320) not null,
    sender_domain   varchar(253) not null,
    subject         varchar(1000) not null default '',
    -- space-separated lists: hosts of the links, and the registrable domains that were counted
    link_hosts      text        not null default '',
    link_domains    text        not null default '',
    client_version  varchar(64),
    created_at      timestamptz not null default now()
);

-- The purge walks reports by age; rebuilding a domain's counts reads its reports.
create index report_created_at_idx on report (created_at);
create index report_sender_domain_idx on report (sender_domain);
create index report_link_domains_idx on report using gin (string_to_array(link_domains, ' '));

create table domain_reporter (
    domain          varchar(253) not null,
    kind            varchar(8)  not null check (kind in ('scam', 'not-scam')),
    -- 'sender': the domain sent the reported mail; 'link': a link of the reported mail led there
    role            varchar(6)  not null check (role in ('sender', 'link')),
    reporter_hash   varchar(64) not null,
    primary key (domain, kind, role, reporter_hash)
);

create table domain_counter (
    domain              varchar(253) primary key,
    -- scam reports naming the domain as sender, and the distinct reporters behind them
    reports             integer not null default 0,
    reporters           integer not null default 0,
    -- distinct reporters of a scam mail with a link to the domain
    link_reporters      integer not null default 0,
    -- "this is not a scam": kept and shown apart, never subtracted
    not_scam_reports    integer not null default 0,
    not_scam_reporters  integer not null default 0,
    first_seen          timestamptz,
    last_seen           timestamptz,
    -- the brand whose official domain this is (reports then mean spoofing), or null
    official_for        varchar(64),
    -- the few latest distinct masked subjects, newest first, separated by a newline
    sample_subjects     text not null default ''
);

-- The community list: most reporters first, official domains kept out.
create index domain_counter_list_idx on domain_counter (reporters desc, last_seen desc)
    where official_for is null;
create index domain_counter_official_idx on domain_counter (official_for)
    where official_for is not null;

create table report_day (
    day     date       not null,
    kind    varchar(8) not null check (kind in ('scam', 'not-scam')),
    reports integer    not null default 0,
    primary key (day, kind)
);
