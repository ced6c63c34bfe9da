-- Minuku schema baseline. Later migrations add the crowd-report tables.
-- Migrations live in top-level db/ and are packaged on the classpath as db/migration.

