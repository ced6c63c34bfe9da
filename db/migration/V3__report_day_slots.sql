-- report_day had one row per day and kind, which every report transaction locked
-- until its commit: reports were serialized on that row, one WAL flush at a time
-- (about 130 reports/s on the benchmark machine, docs/performance.md). A day's
-- count is now spread over slots, each report adding to one picked at random,
-- and read as the sum of the day's rows.
alter table report_day add column slot smallint not null default 0;
alter table report_day drop constraint report_day_pkey;
alter table report_day add primary key (day, kind, slot);
