-- GET the URL given to wrk, optionally paced (pace.lua). BENCH_NAME names the RESULT line.
local report = require("report")
local pace = require("pace")

setup = report.setup
delay = pace.delay_function()
response = report.response
done = report.done(os.getenv("BENCH_NAME") or "get")
