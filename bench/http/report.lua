-- Shared by the wrk scripts of bench/http/run.sh: one machine-readable RESULT
-- line per run (read by run.sh into its table), and counts of answers by status.
local M = {}

local threads = {}

-- setup() runs in wrk's main Lua state once per thread: number the threads and
-- keep them so done() can read what each one counted.
function M.setup(thread)
    thread:set("tid", #threads + 1)
    table.insert(threads, thread)
end

-- The response() of every script: counts answers by HTTP status in the thread's
-- global `statuses` (each thread has its own Lua state), which done() reads
-- through thread:get.
function M.response(status)
    local counts = _G.statuses
    if counts == nil then
        counts = {}
        _G.statuses = counts
    end
    counts[status] = (counts[status] or 0) + 1
end

local function status_counts()
    local total = {}
    for _, t in ipairs(threads) do
        local s = t:get("statuses")
        if s then
            for code, n in pairs(s) do total[code] = (total[code] or 0) + n end
        end
    end
    local parts = {}
    for code, n in pairs(total) do table.insert(parts, code .. ":" .. n) end
    table.sort(parts)
    return table.concat(parts, ",")
end

function M.done(name)
    return function(summary, latency, requests)
        local secs = summary.duration / 1e6
        local e = summary.errors
        io.write(string.format(
            "RESULT %s requests=%d seconds=%.2f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f "
                .. "socket_errors=%d http_errors=%d statuses=%s\n",
            name, summary.requests, secs, summary.requests / secs,
            latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
            latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.status, status_counts()))
    end
end

return M
