-- Seeds the benchmark database with :reports crowd reports (psql -v reports=1000000),
-- and the reporter sets, counters and day counts that the service would have
-- kept for them (the same definitions as DomainCounterRepository.recount).
--
-- Shape: 20,000 sender domains with a skewed spread (a few domains get most
-- reports, as in real campaigns), 250,000 reporters, 5% "not a scam" reports,
-- times over the last 365 days, one link per report; one report in 200 names
-- amazon.co.jp as sender (spoofing reports on an official domain).
\set ON_ERROR_STOP on
\timing off
begin;
truncate report, domain_reporter, domain_counter, report_day;

insert into report (id, message_key, reporter_hash, kind, sender_address, sender_domain,
                    subject, link_hosts, link_domains, client_version, created_at)
select gen_random_uuid(),
       md5('bench-seed-' || i),
       md5('bench-reporter-' || r),
       case when i % 20 = 0 then 'not-scam' else 'scam' end,
       'billing@' || dom,
       dom,
       'お支払い方法の確認 ' || (i % 1000),
       'pay-' || d || '.top',
       'pay-' || d || '.top',
       'bench',
       now() - random() * interval '365 days'
  from (select i,
               floor(250000 * random())::int as r,
               d,
               case when i % 200 = 0 then 'amazon.co.jp' else 'seed-' || d || '.xyz' end as dom
          from (select i, floor(20000 * power(random(), 3))::int as d
                  from generate_series(1, :reports) as i) g) s;

insert into domain_reporter (domain, kind, role, reporter_hash)
select distinct sender_domain, kind, 'sender', reporter_hash from report;
insert into domain_reporter (domain, kind, role, reporter_hash)
select distinct link_domains, 'scam', 'link', reporter_hash from report where kind = 'scam';

insert into domain_counter (domain, reports, reporters, link_reporters, not_scam_reports, not_scam_reporters,
                            first_seen, last_seen, official_for, sample_subjects)
select d.domain,
       coalesce(r.reports, 0), coalesce(x.reporters, 0), coalesce(x.link_reporters, 0),
       coalesce(r.not_scam_reports, 0), coalesce(x.not_scam_reporters, 0),
       r.first_seen, r.last_seen,
       case when d.domain = 'amazon.co.jp' then 'amazon' end,
       coalesce(s.subjects, '')
  from (select distinct domain from domain_reporter) d
  left join (select sender_domain as domain,
                    count(*) filter (where kind = 'scam') as reports,
                    count(*) filter (where kind = 'not-scam') as not_scam_reports,
                    min(created_at) filter (where kind = 'scam') as first_seen,
                    max(created_at) filter (where kind = 'scam') as last_seen
               from report group by sender_domain) r on r.domain = d.domain
  left join (select domain,
                    count(*) filter (where kind = 'scam' and role = 'sender') as reporters,
                    count(*) filter (where kind = 'not-scam' and role = 'sender') as not_scam_reporters,
                    count(*) filter (where kind = 'scam' and role = 'link') as link_reporters
               from domain_reporter group by domain) x on x.domain = d.domain
  left join (select domain, string_agg(subject, E'\n' order by latest desc) as subjects
               from (select sender_domain as domain, subject, max(created_at) as latest,
                            row_number() over (partition by sender_domain order by max(created_at) desc) as n
                       from report where kind = 'scam' and subject <> ''
                      group by sender_domain, subject) t
              where n <= 3 group by domain) s on s.domain = d.domain;

insert into report_day (day, kind, slot, reports)
select (created_at at time zone 'Asia/Tokyo')::date, kind, 0, count(*) from report group by 1, 2;
commit;
analyze report;
analyze domain_reporter;
analyze domain_counter;
analyze report_day;
select count(*) as reports,
       (select count(*) from domain_counter) as counters,
       (select count(*) from domain_reporter) as reporter_rows
  from report;
