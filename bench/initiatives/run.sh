#!/usr/bin/env bash
# Loads 100,000 demo initiatives into a PostgreSQL database of its own ("bench"), then measures the
# registry's pages and API with repeated requests and writes bench/initiatives/results.md.
# See bench/README.md. Not part of the test suite.
#
# Settings (environment): SIZE (100000), RUNS (20), WARMUP (3), PORT (8099), FRESH (1: drop and
# recreate the database so that the load is measured; 0: keep what is there), JAR (a jar to run
# instead of building one), OUT (the report, bench/initiatives/results.md), PGHOST (127.0.0.1),
# PGPORT (5432), PGUSER (postgres), PGPASSWORD, DB (bench).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SIZE=${SIZE:-100000}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
PORT=${PORT:-8099}
FRESH=${FRESH:-1}
DB=${DB:-bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
OUT=${OUT:-$ROOT/bench/initiatives/results.md}
WORK=$ROOT/target/bench
LOG=$WORK/app.log
BASE=http://127.0.0.1:$PORT
mkdir -p "$WORK"

. "$ROOT/bench/lib.sh"
# The database: fresh, so that the load is measured from empty.
bench_database
# The application.
bench_jar


echo "Starting the application with --cbcm.demo=true --cbcm.demo.size=$SIZE ..."
LOAD_AVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
start --cbcm.demo=true --cbcm.demo.size="$SIZE"
GENERATED=$(grep -o 'Generated [0-9]* demo initiatives in [0-9.]* s' "$LOG" | tail -1 || true)
echo "Ready after ${READY_AFTER}s. ${GENERATED:-No demo initiatives generated (some were there already).}"

# Statistics for the planner: a bulk load leaves none until autovacuum comes by, and on servers where
# it is off (as on the project's test machines) it never does.
VACUUM_START=$(date +%s.%N)
psql_db -c "VACUUM ANALYZE"
VACUUM_SECONDS=$(echo "$(date +%s.%N) - $VACUUM_START" | bc)

# The requests, each a name and a path.
REQUESTS=(
	"list, first page|/initiatives"
	"list, country=KEN|/initiatives?country=KEN"
	"list, element=12(a) and status=ONGOING|/initiatives?element=12(a)&status=ONGOING"
	"list, q=risk assessment|/initiatives?q=risk+assessment"
	"list, page 200|/initiatives?page=199"
	"API facets, whole registry|/api/v1/initiatives/facets"
	"API facets, q=risk assessment|/api/v1/initiatives/facets?q=risk+assessment"
	"API search, q=risk assessment|/api/v1/initiatives?q=risk+assessment"
	"API search, q=detection, country=KEN|/api/v1/initiatives?q=detection&country=KEN"
	"list, q=kenya|/initiatives?q=kenya"
	"API search, q=kenya|/api/v1/initiatives?q=kenya"
	"API search, q=eastern africa|/api/v1/initiatives?q=eastern+africa"
)

# Deep into the registry: a page by number (the database counts past every earlier row) against
# the same rows by cursor (issue 15). The cursor is made from the first chunk's: its selection, and
# the sort value and identifier of the row before the deep page.
DEEP=$(( (SIZE * 9 / 10) / 500 ))
FIRST_CURSOR=$(curl -s "$BASE/api/v1/initiatives/all?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["next"])')
SELECTION=$(python3 -c 'import base64,sys; t=sys.argv[1]; print(base64.urlsafe_b64decode(t + "=" * (-len(t) % 4)).decode().split("|")[2])' "$FIRST_CURSOR")
BEFORE=$(psql_db -At -F'|' -c "SELECT initiative_id, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')
	FROM initiative_entry ORDER BY published_at DESC NULLS LAST, initiative_id OFFSET $(( DEEP * 500 - 1 )) LIMIT 1")
DEEP_CURSOR=$(python3 -c 'import base64,sys; print(base64.urlsafe_b64encode(("1|NEWEST|%s|%s|v%s" % (sys.argv[1], sys.argv[2], sys.argv[3])).encode()).decode().rstrip("="))' \
	"$SELECTION" "${BEFORE%%|*}" "${BEFORE#*|}")
REQUESTS+=(
	"API page $((DEEP + 1)) of 500 (offset $((DEEP * 500)))|/api/v1/initiatives?size=500&page=$DEEP"
	"API chunk of 500 by cursor after $((DEEP * 500)) rows|/api/v1/initiatives/all?size=500&cursor=$DEEP_CURSOR"
	"API first page of 500|/api/v1/initiatives?size=500"
	"API first chunk of 500 by cursor|/api/v1/initiatives/all?size=500"
)

TIMES=$WORK/times.txt
: >"$TIMES"
for request in "${REQUESTS[@]}"; do
	path=${request#*|}
	for _ in $(seq 1 "$WARMUP"); do
		curl -s -o /dev/null "$BASE$path"
	done
	for _ in $(seq 1 "$RUNS"); do
		status_time=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$BASE$path")
		[ "${status_time%% *}" = 200 ] || { echo "$path answered ${status_time%% *}" >&2; exit 1; }
		echo "$request|${status_time#* }" >>"$TIMES"
	done
	echo "measured $path"
done
LOAD_AVG_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
stop

# N+1 check: the statements one request runs, with a page of 20 and of 100 rows. They must be the
# same number: nothing is read row by row.
start --logging.level.org.springframework.jdbc.core.JdbcTemplate=DEBUG
count_statements() {
	local before after
	curl -s -o /dev/null "$BASE$1"
	sleep 1
	before=$(grep -c 'Executing prepared SQL\|Executing SQL' "$LOG" || true)
	curl -s -o /dev/null "$BASE$1"
	sleep 1
	after=$(grep -c 'Executing prepared SQL\|Executing SQL' "$LOG" || true)
	echo $((after - before))
}
STATEMENTS=()
for path in "/initiatives?size=20" "/initiatives?size=100" "/initiatives?q=risk+assessment&size=20" \
	"/initiatives?q=risk+assessment&size=100" "/api/v1/initiatives?size=20" "/api/v1/initiatives?size=100"; do
	STATEMENTS+=("$path|$(count_statements "$path")")
done
stop

SIZES=$(psql_db -At -F'|' -c "
	SELECT relname, n_live_tup, pg_size_pretty(pg_total_relation_size(relid)) FROM pg_stat_user_tables
	WHERE relname IN ('initiative', 'initiative_entry', 'initiative_tag', 'initiative_country_share',
	  'record_revision', 'record_registry', 'initiative_tag_count', 'exchange_rate')
	ORDER BY pg_total_relation_size(relid) DESC")

# The report: the figures above, and the findings of bench/initiatives/findings.md after them.
export SIZE RUNS WARMUP READY_AFTER VACUUM_SECONDS LOAD_AVG_BEFORE LOAD_AVG_AFTER SIZES
export GENERATED=${GENERATED:-}
export STATEMENTS_LIST=$(printf '%s\n' "${STATEMENTS[@]}")
bench_machine
export MEMORY_GB=$(free -g | awk '/Mem:/ {print $2}')
export PG_VERSION=$(psql -X -At -d postgres -c 'SHOW server_version' | cut -d' ' -f1)
export PG_BUFFERS=$(psql -X -At -d postgres -c 'SHOW shared_buffers')
export PG_AUTOVACUUM=$(psql -X -At -d postgres -c 'SHOW autovacuum')
export FINDINGS=$ROOT/bench/initiatives/findings.md
python3 - "$TIMES" "$OUT" <<'PYTHON'
import os, statistics, sys

env = os.environ
times, out = sys.argv[1], sys.argv[2]
rows, order = {}, []
for line in open(times):
    name, path, seconds = line.rstrip("\n").split("|")
    if (name, path) not in rows:
        rows[(name, path)] = []
        order.append((name, path))
    rows[(name, path)].append(float(seconds) * 1000)


def p95(values):
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


lines = [
    f"# Registry of initiatives at {int(env['SIZE']):,} demo initiatives (PostgreSQL)",
    "",
    "Written by `bench/initiatives/run.sh`; see `bench/README.md`.",
    "",
    f"- Date: {env['DATE_UTC']}; commit {env['COMMIT']} ({env['JAR_NAME']})",
    f"- Machine: {env['CPUS']} CPUs ({env['CPU_MODEL']}), {env['MEMORY_GB']} GB memory; load average "
    f"{env['LOAD_AVG_BEFORE']} before the requests, {env['LOAD_AVG_AFTER']} after (the machine is shared)",
    f"- {env['JAVA_VERSION']}; PostgreSQL {env['PG_VERSION']}, shared_buffers {env['PG_BUFFERS']}, "
    f"autovacuum {env['PG_AUTOVACUUM']}; application and database on the same machine",
    f"- Requests one at a time with curl: {env['WARMUP']} warm-up requests, then {env['RUNS']} measured, per row",
    "",
    "## Load",
    "",
    f"- {env['GENERATED'] or 'No demo initiatives generated (FRESH=0 and some were there already)'}, "
    f"by the startup with `--cbcm.demo=true --cbcm.demo.size={env['SIZE']}`; the application was ready "
    f"{env['READY_AFTER']} s after it was started",
    f"- `VACUUM ANALYZE` afterwards: {float(env['VACUUM_SECONDS']):.1f} s",
    "",
    "| table | rows | size |",
    "| --- | ---: | ---: |",
]
for line in env["SIZES"].strip().splitlines():
    name, count, size = line.split("|")
    lines.append(f"| {name} | {int(count):,} | {size} |")
lines += ["", "## Response times (ms)", "", "| request | path | median | p95 | min | max |",
          "| --- | --- | ---: | ---: | ---: | ---: |"]
for key in order:
    values = rows[key]
    lines.append(f"| {key[0]} | `{key[1]}` | {statistics.median(values):.0f} | {p95(values):.0f} | "
                 f"{min(values):.0f} | {max(values):.0f} |")
lines += ["", "## SQL statements per request (N+1 check)", "",
          "Counted in a second run from Spring's JdbcTemplate debug log. The same number for a page of 20 and "
          "of 100 rows: nothing is read row by row.", "", "| request | statements |", "| --- | ---: |"]
for line in env["STATEMENTS_LIST"].strip().splitlines():
    path, count = line.split("|")
    lines.append(f"| `{path}` | {count} |")
if os.path.exists(env["FINDINGS"]):
    lines += ["", open(env["FINDINGS"]).read().strip()]
with open(out, "w") as report:
    report.write("\n".join(lines) + "\n")
PYTHON
echo "Wrote $OUT"
