-- GET /api/v1/community/domains with a different days/limit on every request, so
-- that the service's short list cache (keyed by days and limit) cannot answer:
-- every request reads domain_counter. Optionally paced (pace.lua).
local report = require("report")
local pace = require("pace")

setup = report.setup
delay = pace.delay_function()
local n = 0
function init()
    math.randomseed(tid * 7919 + os.time())
end
function request()
    n = n + 1
    local days = math.random(1, 365)
    local limit = math.random(1, 100)
    return wrk.format("GET", string.format("/api/v1/community/domains?days=%d&limit=%d", days, limit))
end
response = report.response
done = report.done(os.getenv("BENCH_NAME") or "community-uncached")
