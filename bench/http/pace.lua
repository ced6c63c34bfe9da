-- Request pacing for wrk 4 (Debian's wrk has no -R option, unlike wrk2).
-- Each thread sends at BENCH_RATE / BENCH_THREADS requests per second on a fixed
-- schedule read from CLOCK_MONOTONIC (LuaJIT's FFI): a request whose slot has
-- passed goes at once, so a slow answer does not thin out the later requests.
-- With BENCH_RATE unset or 0 there is no pacing (closed loop, as fast as possible).
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } minuku_timespec;
int clock_gettime(int clock_id, minuku_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("minuku_timespec")

local function now_ms()
    ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
    return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local M = {}

function M.delay_function()
    local rate = tonumber(os.getenv("BENCH_RATE") or "0") or 0
    local threads = tonumber(os.getenv("BENCH_THREADS") or "1") or 1
    if rate <= 0 then
        return nil
    end
    local interval = threads * 1000 / rate
    local slot = nil
    return function()
        local now = now_ms()
        if slot == nil then slot = now end
        local wait = slot - now
        slot = slot + interval
        if wait <= 0 then return 0 end
        return wait
    end
end

return M
