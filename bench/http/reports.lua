-- POST /api/v1/reports, every request from a reporter never seen before (a new
-- report, 201), about sender domains spread over 10,000 names so that reports do
-- not queue on one counter row. BENCH_NONCE keeps runs apart.
local report = require("report")

local nonce = os.getenv("BENCH_NONCE") or tostring(os.time())
local n = 0

setup = report.setup
function request()
    n = n + 1
    local domain = (n * 7919 + tid * 104729) % 10000
    local body = string.format(
        '{"from":{"name":"Bench","address":"billing@bench-%d.xyz"},'
            .. '"subject":"お支払い方法の確認 %d",'
            .. '"links":[{"href":"https://pay-%d.top/login?id=%d","text":"ログイン"}],'
            .. '"reporter":"bench-%s-%d-%d","kind":"scam"}',
        domain, n, domain, n, nonce, tid, n)
    return wrk.format("POST", "/api/v1/reports", { ["Content-Type"] = "application/json" }, body)
end
response = report.response
done = report.done(os.getenv("BENCH_NAME") or "reports")
