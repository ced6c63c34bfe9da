#!/usr/bin/env bash
# HTTP load benchmark of the packaged service (docs/performance.md).
#
#   bench/http/run.sh                  # everything, 30 s per measured run
#   DURATION=10s bench/http/run.sh     # shorter runs
#
# What it does, in order:
#   1. installs wrk (Debian package) when missing, builds the packaged service
#      when the sources are newer (as bin/run does);
#   2. empties the benchmark database (minuku_bench; never the service's own),
#      lets the service create its schema, and seeds it with REPORTS crowd
#      reports (default 1,000,000) with bench/http/seed.sql;
#   3. starts the service as bin/run does and times startup until /q/health/ready
#      answers 200;
#   4. sends JIT_WARMUP (default 90 s) of load to every path measured after it,
#      at once: typical /analyze requests, new reports, and community lists
#      the cache cannot answer. On this machine the JIT needs about a minute of
#      load to compile the analysis path (throughput climbs from about 2,000 to
#      over 10,000 analyses/s meanwhile) and more than that for the report path
#      (about 270 to 1,200 reports/s over eight 10-s runs), and a path it has
#      not seen is compiled while it is measured (docs/performance.md);
#   5. runs wrk against a trivial endpoint (/q/health/live), /analyze (typical
#      email: as fast as it goes, then paced at 1,000 requests/s), /reports
#      (a new reporter on every request, then checks that every 201 was stored),
#      and the community list (the default query, and varying queries that the
#      list cache cannot answer; as fast as it goes, then paced at 1,000
#      requests/s), and /analyze with the largest email the API accepts
#      (100,000 characters, 500 links) to see memory under the worst input;
#      each measured run follows a warm-up run of the same requests.
#      Runs "as fast as it goes" give throughput (their latency is mostly the
#      queue of 32 connections); paced runs give the latency at a stated rate;
#   6. reads the service's resident memory and prints a table against the targets.
#
# PostgreSQL comes from bin/with-postgres (the configured server, or a private
# cluster). The machine should be otherwise idle: the load average is printed
# before and after, and numbers taken on a busy machine are not worth keeping.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

if [[ -z ${MINUKU_BENCH_INNER:-} ]]; then
    if ! command -v wrk >/dev/null 2>&1; then
        echo "bench: installing wrk" >&2
        if [[ $(id -u) -eq 0 ]]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
    fi
    jar="target/quarkus-app/quarkus-run.jar"
    if [[ ! -f $jar || -n "$(find src db pom.xml -newer "$jar" -print -quit)" ]]; then
        echo "bench: building the service (./mvnw package)" >&2
        ./mvnw -B -q package -DskipTests
    fi
    export QUARKUS_DATASOURCE_JDBC_URL="${MINUKU_BENCH_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/minuku_bench}"
    MINUKU_BENCH_INNER=1 exec bin/with-postgres "$root/bench/http/run.sh" "$@"
fi

duration="${DURATION:-30s}"
warmup="${WARMUP:-10s}"
jit_warmup="${JIT_WARMUP:-90s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
reports="${REPORTS:-1000000}"
port="${PORT:-18080}"
base="http://127.0.0.1:$port"
out="target/bench-http"
mkdir -p "$out"
results="$out/results.txt"
: >"$results"

re='^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+)'
[[ $QUARKUS_DATASOURCE_JDBC_URL =~ $re ]]
pg=(psql -X -q -v ON_ERROR_STOP=1 -h "${BASH_REMATCH[1]}" -p "${BASH_REMATCH[3]:-5432}"
    -U "${QUARKUS_DATASOURCE_USERNAME:-postgres}" -d "${BASH_REMATCH[4]}")

# The service as bin/run starts it, with a benchmark-only reporter key. Every
# request comes from 127.0.0.1, so the per-address report limit (60 an hour,
# meant for people) is lifted; the per-reporter limit stays, and every report
# comes from a new reporter.
export QUARKUS_HTTP_PORT="$port"
export MINUKU_REPORTS_REPORTER_KEY="bench-only-reporter-key-not-a-secret-0123456789"
export MINUKU_REPORTS_RATE_CLIENT_LIMIT=1000000000

pid=""
stop_service() {
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    fi
    pid=""
}
trap stop_service EXIT

start_service() { # $1: log file; sets pid and startup_ms
    local t0 t1
    t0=$(date +%s%N)
    bin/run >"$1" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "$base/q/health/ready"; do
        kill -0 "$pid" 2>/dev/null || { cat "$1" >&2; echo "bench: the service did not start" >&2; exit 1; }
        sleep 0.02
    done
    t1=$(date +%s%N)
    startup_ms=$(((t1 - t0) / 1000000))
}

load() { # name script url rate connections duration (BENCH_FILE passes through)
    BENCH_NAME="$1" BENCH_RATE="$4" BENCH_THREADS="$threads" BENCH_DIR="$root/bench/http" \
        BENCH_NONCE="$1-$(date +%s%N)" LUA_PATH="$root/bench/http/?.lua;;" \
        wrk -t"$threads" -c"$5" -d"$6" -s "bench/http/$2" "$3" | grep '^RESULT' || true
}

measure() { # name script url rate
    load "warmup-$1" "$2" "$3" "$4" "$connections" "$warmup" >/dev/null
    load "$1" "$2" "$3" "$4" "$connections" "$duration" | tee -a "$results"
}

echo "== machine =="
echo "cpu:    $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
# shellcheck source=bin/lib/jvm.sh
(source bin/lib/jvm.sh && echo "java:   $java ($java_version) ${java_opts[*]}${aot_cache:+, AOT cache $aot_cache (bin/aot-train)}")
echo "pg:     $("${pg[@]}" -tAc 'show server_version')"
echo "wrk:    $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), $threads threads, $connections connections, $duration per run after $warmup of warm-up"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== database: $reports reports =="
"${pg[@]}" -c 'drop schema if exists public cascade' -c 'create schema public'
start_service "$out/service-migrate.log"
stop_service
t0=$(date +%s)
"${pg[@]}" -v reports="$reports" -f bench/http/seed.sql
echo "seeded in $(($(date +%s) - t0)) s"

echo "== service =="
start_service "$out/service.log"
echo "startup to ready: $startup_ms ms ($(grep -o 'started in [0-9.]*s' "$out/service.log" || true))"
echo "RESULT startup ms=$startup_ms" >>"$results"

echo "== JIT warm-up: $jit_warmup of /analyze, /reports and community lists at once =="
# Three wrk processes share the two cores; half the connections analyse, a
# quarter report and a quarter ask for lists. The reports they store are
# counted before the measured report runs start.
quarter=$(((connections + 3) / 4))
load jit-warmup-analyze analyze.lua "$base/api/v1/analyze" 0 "$((connections - 2 * quarter))" "$jit_warmup" >"$out/jit-analyze.txt" &
jit_analyze=$!
load jit-warmup-reports reports.lua "$base/api/v1/reports" 0 "$quarter" "$jit_warmup" >"$out/jit-reports.txt" &
jit_reports=$!
load jit-warmup-community community.lua "$base/api/v1/community/domains" 0 "$quarter" "$jit_warmup" >"$out/jit-community.txt" &
jit_community=$!
wait "$jit_analyze" "$jit_reports" "$jit_community"
cut -d' ' -f1-6 "$out/jit-analyze.txt" "$out/jit-reports.txt" "$out/jit-community.txt"

echo "== load =="
measure trivial get.lua "$base/q/health/live" 0
measure analyze analyze.lua "$base/api/v1/analyze" 0
measure analyze-1000rps analyze.lua "$base/api/v1/analyze" 1000
before=$("${pg[@]}" -tAc 'select count(*) from report')
load warmup-reports reports.lua "$base/api/v1/reports" 0 "$connections" "$warmup" >"$out/warmup-reports.txt"
measure_reports_start=$("${pg[@]}" -tAc 'select count(*) from report')
load reports reports.lua "$base/api/v1/reports" 0 "$connections" "$duration" | tee -a "$results"
after=$("${pg[@]}" -tAc 'select count(*) from report')
created=$(grep -o '201:[0-9]*' "$out/warmup-reports.txt" | cut -d: -f2 || echo 0)
created_measured=$(grep '^RESULT reports ' "$results" | grep -o '201:[0-9]*' | cut -d: -f2 || echo 0)
echo "reports: rows $before -> $measure_reports_start -> $after; 201 answers ${created:-0} + ${created_measured:-0}"
# wrk stops at the end of a run without reading the answers still on their way,
# so up to one request per connection per run (two runs) may be stored without
# its 201 being counted here; fewer rows than 201s would be a lost report.
acked=$((${created:-0} + ${created_measured:-0}))
stored=$((after - before))
if ((stored >= acked && stored <= acked + 2 * connections)); then
    echo "RESULT reports-integrity ok=1 rows=$stored acknowledged=$acked" >>"$results"
else
    echo "RESULT reports-integrity ok=0 rows=$stored acknowledged=$acked" >>"$results"
fi
BENCH_FILE=large measure analyze-large analyze.lua "$base/api/v1/analyze" 0
measure community get.lua "$base/api/v1/community/domains?days=30&limit=50" 0
measure community-1000rps get.lua "$base/api/v1/community/domains?days=30&limit=50" 1000
measure community-uncached community.lua "$base/api/v1/community/domains" 0
measure community-uncached-1000rps community.lua "$base/api/v1/community/domains" 1000

rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
hwm_kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
echo "RESULT memory rss_mb=$((rss_kb / 1024)) peak_mb=$((hwm_kb / 1024))" >>"$results"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
stop_service

echo
bench/http/table.sh "$results"
