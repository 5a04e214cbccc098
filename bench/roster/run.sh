#!/usr/bin/env bash
# Lists EXPERTS (10,000) demo experts in a PostgreSQL database of its own, then measures the roster's
# faceted search (API and page), each request one at a time, beside the trivial endpoint measured in
# the same run, and writes bench/roster/results.md. See bench/README.md. Not part of the test suite.
#
# Settings (environment): EXPERTS (10000), INITIATIVES (100: the demo initiatives loaded with them),
# RUNS (20), WARMUP (3), PORT (8098), FRESH (1), JAR, OUT (bench/roster/results.md), PGHOST, PGPORT,
# PGUSER, PGPASSWORD, DB (bench_roster).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
EXPERTS=${EXPERTS:-10000}
INITIATIVES=${INITIATIVES:-100}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
PORT=${PORT:-8098}
FRESH=${FRESH:-1}
DB=${DB:-bench_roster}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
OUT=${OUT:-$ROOT/bench/roster/results.md}
WORK=$ROOT/target/bench-roster
LOG=$WORK/app.log
BASE=http://127.0.0.1:$PORT
mkdir -p "$WORK"

. "$ROOT/bench/lib.sh"
bench_database
bench_jar

echo "Starting the application with --cbcm.demo=true, $EXPERTS experts ..."
start --cbcm.demo=true --cbcm.demo.size="$INITIATIVES" --cbcm.demo.experts="$EXPERTS"
LISTED=$(psql_db -At -c "SELECT COUNT(*) FROM roster_expert WHERE listed")
echo "Ready after ${READY_AFTER}s with $LISTED listed experts."
psql_db -c "VACUUM ANALYZE"

# The trivial endpoint first and again last: the reference of this run. Then the searches.
REQUESTS=(
	"trivial endpoint|/actuator/health"
	"API, all listed experts|/api/v1/roster/experts"
	"API, expertise + language level + region|/api/v1/roster/experts?expertise=RISK_ASSESSMENT&language=en&level=2&region=002"
	"API, area + gender + availability + work|/api/v1/roster/experts?area=LEGAL&gender=WOMAN&availability=AVAILABLE&work=REMOTE"
	"API, words + key element|/api/v1/roster/experts?q=cassava+regulators&element=12(c)"
	"API, page 50 of 100 rows|/api/v1/roster/experts?size=100&page=49"
	"page, expertise + language + region|/roster?expertise=RISK_ASSESSMENT&language=en&level=2&region=002"
	"page, words|/roster?q=maize"
	"trivial endpoint, again|/actuator/health"
)
TIMES=$WORK/times.txt
: >"$TIMES"
for request in "${REQUESTS[@]}"; do
	path=${request#*|}
	for _ in $(seq 1 "$WARMUP"); do curl -s -o /dev/null "$BASE$path"; done
	for _ in $(seq 1 "$RUNS"); do
		status_time=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$BASE$path")
		[ "${status_time%% *}" = 200 ] || { echo "$path answered ${status_time%% *}" >&2; exit 1; }
		echo "$request|${status_time#* }" >>"$TIMES"
	done
	echo "measured $path"
done
# What PostgreSQL plans for the facet counts of the filtered search (the heaviest statement).
PLAN=$(psql_db -At -c "EXPLAIN (ANALYZE, BUFFERS OFF, TIMING ON, SUMMARY ON)
	SELECT x.expertise, COUNT(*) FROM roster_expert e JOIN roster_expert_expertise x ON x.expert_id = e.id
	WHERE e.listed = TRUE AND e.region_code IN ('002')
	  AND e.id IN (SELECT expert_id FROM roster_expert_language WHERE language IN ('en') AND level >= 2)
	GROUP BY x.expertise" | tail -3)
stop

export EXPERTS LISTED RUNS WARMUP READY_AFTER PLAN
bench_machine
python3 - "$TIMES" "$OUT" <<'PYTHON'
import os, statistics, sys

env = os.environ
times, out = sys.argv[1], sys.argv[2]
rows, order = {}, []
for line in open(times):
    name, path, seconds = line.rstrip("\n").split("|")
    if name not in rows:
        rows[name] = (path, [])
        order.append(name)
    rows[name][1].append(float(seconds) * 1000)


def p95(values):
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


trivial = statistics.median(rows["trivial endpoint"][1])
lines = [
    f"# Roster search at {int(env['LISTED']):,} listed experts (PostgreSQL)",
    "",
    "Written by `bench/roster/run.sh`; see `bench/README.md`. One request at a time with curl,",
    f"{env['RUNS']} runs after {env['WARMUP']} of warm-up; the goal (issue 14) is a faceted search under 100 ms.",
    "",
    f"- Date: {env['DATE_UTC']}; commit {env['COMMIT']} ({env['JAR_NAME']})",
    f"- Machine: {env['CPUS']} CPUs ({env['CPU_MODEL']}); ready after {env['READY_AFTER']} s",
    "",
    "| request | median ms | p95 ms | median minus trivial ms | goal |",
    "| --- | ---: | ---: | ---: | --- |",
]
for name in order:
    path, values = rows[name]
    median = statistics.median(values)
    goal = "" if name.startswith("trivial") else ("met" if p95(values) < 100 else "MISSED")
    lines.append(f"| {name} (`{path}`) | {median:.1f} | {p95(values):.1f} | {median - trivial:.1f} | {goal} |")
lines += ["", "EXPLAIN ANALYZE of the expertise counts under two filters:", "", "```", env["PLAN"], "```", ""]
open(out, "w").write("\n".join(lines))
print("\n".join(lines))
PYTHON
