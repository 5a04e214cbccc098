#!/usr/bin/env bash
# Lists EXPERTS (10,000) demo experts in a PostgreSQL database of its own, then measures the roster's
# faceted search (API and page) and the ranked shortlist of a request (API), each request one at a
# time, beside the trivial endpoint measured in the same run, and writes bench/roster/results.md. See
# bench/README.md. Not part of the test suite.
#
# Settings (environment): EXPERTS (10000), INITIATIVES (100: the demo initiatives loaded with them),
# RUNS (20), WARMUP (3), PORT (8098), FRESH (1), JAR, OUT (bench/roster/results.md), PGHOST, PGPORT,
# PGUSER, PGPASSWORD, DB (bench_roster), ADMIN_PASSWORD (the first administrator's, set on the first
# start of a fresh database), COUNTRY (KEN: the developing country Party the requests are filed for).
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
ADMIN_EMAIL=admin@cbcm.local
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Bench-roster-shortlist-2026!}
COUNTRY=${COUNTRY:-KEN}
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
start --cbcm.demo=true --cbcm.demo.size="$INITIATIVES" --cbcm.demo.experts="$EXPERTS" \
	--cbcm.admin.email="$ADMIN_EMAIL" --cbcm.admin.password="$ADMIN_PASSWORD"
LISTED=$(psql_db -At -c "SELECT COUNT(*) FROM roster_expert WHERE listed")
echo "Ready after ${READY_AFTER}s with $LISTED listed experts."
psql_db -c "VACUUM ANALYZE"

# The Secretariat's first administrator (created on the first start with ADMIN_PASSWORD) takes a
# token with HTTP Basic, then files two requests for COUNTRY (the Secretariat may file for any
# eligible Party): one for two areas of expertise in a language and a region, one broad (the ten
# areas a request may name, with two key elements and two languages). The API takes a key element
# and a region as objects ({"value": "002"}), not as the plain codes other APIs take.
json_field() { python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
TOKEN=$(curl -sf -u "$ADMIN_EMAIL:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
	-d '{"name":"roster benchmark","days":1}' "$BASE/api/v1/me/tokens" | json_field token)
AUTH="Authorization: Bearer $TOKEN"
file_request() {
	curl -sS -f -H "$AUTH" -H 'Content-Type: application/json' -d "{\"country\":\"$COUNTRY\",\"request\":$1}" \
		"$BASE/api/v1/roster/requests" | json_field id
}
FOCUSED=$(file_request '{"title":"Risk assessment of a maize event","termsOfReference":"Review a risk assessment.",
	"expertise":["RISK_ASSESSMENT","FOOD_FEED_SAFETY"],"keyElements":[],"languages":["en"],
	"start":"2027-03-01","end":"2027-04-30","workMode":"REMOTE","preferredRegion":{"value":"002"}}')
BROAD=$(file_request '{"title":"A national biosafety framework","termsOfReference":"Help build the framework.",
	"expertise":["MOLECULAR_BIOLOGY","BIOTECHNOLOGY","ECOLOGY","RISK_ASSESSMENT","RISK_MANAGEMENT",
	"LMO_DETECTION","BIOSAFETY_LAW","POLICY_DEVELOPMENT","REGULATORY_ADMINISTRATION","TRAINING"],
	"keyElements":[{"value":"12(c)"},{"value":"12(a)(i)"}],"languages":["en","fr"],
	"start":"2027-03-01","end":"2027-12-31","workMode":"EITHER","preferredRegion":{"value":"002"}}')
considered() { curl -sf -H "$AUTH" "$BASE/api/v1/roster/requests/$1" | json_field considered; }
echo "Filed the request $FOCUSED (considers $(considered "$FOCUSED") experts) and $BROAD (considers $(considered "$BROAD"))."

# The trivial endpoint first and again last: the reference of this run. Then the searches.
REQUESTS=(
	"trivial endpoint|/actuator/health"
	"API, all listed experts|/api/v1/roster/experts"
	"API, expertise + language level + region|/api/v1/roster/experts?expertise=RISK_ASSESSMENT&language=en&level=2&region=002"
	"API, area + gender + availability + work|/api/v1/roster/experts?area=LEGAL&gender=WOMAN&availability=AVAILABLE&work=REMOTE"
	"API, words + key element|/api/v1/roster/experts?q=cassava+regulators&element=12(c)"
	"API, page 50 of 100 rows|/api/v1/roster/experts?size=100&page=49"
	"page, home (the reference for rendering a page)|/?from=bench"
	"page, expertise + language + region|/roster?expertise=RISK_ASSESSMENT&language=en&level=2&region=002"
	"page, words|/roster?q=maize"
	"shortlist, 2 areas + English + Africa|/api/v1/roster/requests/$FOCUSED"
	"shortlist, 10 areas + 2 elements + 2 languages|/api/v1/roster/requests/$BROAD"
	"trivial endpoint, again|/actuator/health"
)
TIMES=$WORK/times.txt
: >"$TIMES"
for request in "${REQUESTS[@]}"; do
	path=${request#*|}
	# The shortlists are the requesting Party's (or the Secretariat's): the token goes with them only.
	headers=()
	case $path in /api/v1/roster/requests/*) headers=(-H "$AUTH") ;; esac
	# A public page is kept by the page cache (web.internal.PageCache) under its query, and a kept
	# page costs nothing to serve again: each run of a page asks with a query of its own, so every
	# one is rendered (the search ignores a parameter it does not know).
	asked() {
		case $path in /api/* | /actuator/*) echo "$BASE$path" ;; *) echo "$BASE$path&run=$1" ;; esac
	}
	for round in $(seq 1 "$WARMUP"); do curl -s -o /dev/null "${headers[@]}" "$(asked "w$round")"; done
	for round in $(seq 1 "$RUNS"); do
		status_time=$(curl -s -o /dev/null "${headers[@]}" -w '%{http_code} %{time_total}' "$(asked "$round")")
		[ "${status_time%% *}" = 200 ] || { echo "$path answered ${status_time%% *}" >&2; exit 1; }
		echo "$request|${status_time#* }" >>"$TIMES"
	done
	echo "measured $path"
done
# The search after the listing changed: the roster's index (roster.internal.RosterIndex) reads the
# listed experts again. Each run changes one listed expert's stamp first, as a listing would.
REREAD="API, first search after a listing changed"
for round in $(seq 1 "$RUNS"); do
	psql_db -c "UPDATE roster_expert SET listing_stamp = listing_stamp + 1
		WHERE id = (SELECT id FROM roster_expert WHERE listed ORDER BY id LIMIT 1)"
	status_time=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$BASE/api/v1/roster/experts?run=$round")
	[ "${status_time%% *}" = 200 ] || { echo "the search after a change answered ${status_time%% *}" >&2; exit 1; }
	echo "$REREAD|/api/v1/roster/experts|${status_time#* }" >>"$TIMES"
done
echo "measured the search after a change"
# What PostgreSQL plans for the one statement every search sends: has the listing changed?
PLAN=$(psql_db -At -c "EXPLAIN (ANALYZE, BUFFERS OFF, TIMING ON, SUMMARY ON)
	SELECT COUNT(*), SUM(listing_stamp) FROM roster_expert WHERE listed = TRUE" | tail -3)
stop
# The machine is shared: its load during the run goes with the figures.
LOAD=$(uptime | sed 's/.*load average: //')

export EXPERTS LISTED RUNS WARMUP READY_AFTER PLAN LOAD
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
    f"# Roster search and shortlists at {int(env['LISTED']):,} listed experts (PostgreSQL)",
    "",
    "Written by `bench/roster/run.sh`; see `bench/README.md`. One request at a time with curl,",
    f"{env['RUNS']} runs after {env['WARMUP']} of warm-up; the goals (issue 14) are a faceted search under 100 ms",
    "and a request's ranked shortlist under 300 ms (the p95 is held to them).",
    "",
    f"- Date: {env['DATE_UTC']}; commit {env['COMMIT']} ({env['JAR_NAME']})",
    f"- Machine: {env['CPUS']} CPUs ({env['CPU_MODEL']}), shared; load average at the end {env['LOAD']};"
    f" ready after {env['READY_AFTER']} s",
    "",
    "| request | median ms | p95 ms | median minus trivial ms | goal |",
    "| --- | ---: | ---: | ---: | --- |",
]
for name in order:
    path, values = rows[name]
    median = statistics.median(values)
    limit = 300 if name.startswith("shortlist") else 100
    goal = "" if name.startswith("trivial") or name.startswith("page, home") else (f"met (< {limit})" if p95(values) < limit else f"MISSED (>= {limit})")
    if name.startswith("API, first search after"):
        goal = "once per change of the listing"
    lines.append(f"| {name} (`{path}`) | {median:.1f} | {p95(values):.1f} | {median - trivial:.1f} | {goal} |")
lines += ["", "EXPLAIN ANALYZE of the statement every search sends (has the listing changed?):", "", "```", env["PLAN"], "```", ""]
open(out, "w").write("\n".join(lines))
print("\n".join(lines))
PYTHON
