#!/usr/bin/env bash
# Prints bench/http/run.sh's RESULT lines as a table, against the targets of
# docs/performance.md. Usage: bench/http/table.sh target/bench-http/results.txt
set -euo pipefail
awk '
function val(line, key,    m) {
    if (match(line, " " key "=[^ ]*")) { m = substr(line, RSTART + length(key) + 2, RLENGTH - length(key) - 2); return m }
    return ""
}
function verdict(ok) { return ok ? "met" : "MISSED" }
/^RESULT / { r[$2] = $0 }
END {
    printf "%-20s %9s %9s %9s %9s  %-30s %s\n", "run", "req/s", "p50 ms", "p99 ms", "max ms", "target", "verdict"
    n = split("trivial analyze analyze-1000rps analyze-large reports community community-1000rps community-uncached community-uncached-1000rps", runs, " ")
    for (i = 1; i <= n; i++) {
        name = runs[i]; line = r[name]
        if (line == "") continue
        rps = val(line, "rps") + 0; p99 = val(line, "p99_ms") + 0
        errs = val(line, "socket_errors") + val(line, "http_errors")
        target = ""; ok = 1
        if (name == "analyze") {
            ratio = (val(r["trivial"], "rps") > 0) ? rps / val(r["trivial"], "rps") : 0
            target = sprintf(">= 0.3 of trivial (%.2f)", ratio); ok = ratio >= 0.3
        } else if (name == "analyze-1000rps") {
            target = "~1000 req/s, p99 < 20 ms"; ok = rps >= 950 && p99 < 20
        } else if (name == "reports") {
            target = ">= 1000 reports/s"; ok = rps >= 1000
        } else if (name ~ /^community.*-1000rps$/) {
            target = "~1000 req/s, p99 < 10 ms"; ok = rps >= 950 && p99 < 10
        }
        if (errs > 0) { target = target " (" errs " errors)"; ok = 0 }
        printf "%-20s %9.0f %9.2f %9.2f %9.1f  %-30s %s\n", name, rps, val(line, "p50_ms"), p99, val(line, "max_ms"), target, (target == "" ? "" : verdict(ok))
        if (val(line, "statuses") != "") printf "%-20s statuses %s\n", "", val(line, "statuses")
    }
    if (r["reports-integrity"] != "")
        printf "%-20s %s\n", "reports stored", (val(r["reports-integrity"], "ok") == 1 ? "every 201 stored: " val(r["reports-integrity"], "acknowledged") " acknowledged, " val(r["reports-integrity"], "rows") " rows (the rest: answers cut off when wrk stopped)" : "MISMATCH: " r["reports-integrity"])
    if (r["startup"] != "") { ms = val(r["startup"], "ms") + 0; printf "%-20s %6d ms    %-30s %s\n", "startup to ready", ms, "< 3000 ms", verdict(ms < 3000) }
    if (r["memory"] != "") { mb = val(r["memory"], "rss_mb") + 0; printf "%-20s %6d MB    %-30s %s (peak %s MB)\n", "resident memory", mb, "< 400 MB after the load", verdict(mb < 400), val(r["memory"], "peak_mb") }
}' "$1"
