#!/usr/bin/env bash
# The coordination analysis at scale, on PostgreSQL: 100,000 demo initiatives and needs for every
# Party, then the coverage matrix of all Parties × all key elements computed by cbcm (the API) and
# the same figures from one hand-written SQL query (coverage.sql), timed in the same run, their
# answers compared cell by cell; and the incremental update after one publication. Writes
# bench/coordination/results.md. See bench/README.md. Not part of the test suite.
#
# Settings (environment): SIZE (100000), RUNS (20), WARMUP (3), PORT (8098), FRESH (1: drop and
# recreate the database; 0: keep what is there), JAR (a jar to run instead of building one), OUT
# (bench/coordination/results.md), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres),
# PGPASSWORD, DB (bench_coordination), ASOF (today).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SIZE=${SIZE:-100000}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
PORT=${PORT:-8098}
FRESH=${FRESH:-1}
DB=${DB:-bench_coordination}
ASOF=${ASOF:-$(date -u +%F)}
PASSWORD=Tromso-Liaison-Group-2006
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
OUT=${OUT:-$ROOT/bench/coordination/results.md}
WORK=$ROOT/target/bench-coordination
LOG=$WORK/app.log
BASE=http://127.0.0.1:$PORT
mkdir -p "$WORK"

. "$ROOT/bench/lib.sh"
bench_database
bench_jar


echo "Starting with --cbcm.demo=true --cbcm.demo.size=$SIZE --cbcm.demo.needs=1000 ..."
start --cbcm.admin.email=bench@cbcm.local --cbcm.admin.password="$PASSWORD" \
	--logging.level.org.cbcm.coordination.internal.CoordinationUpdates=debug --cbcm.demo=true \
	--cbcm.demo.size="$SIZE" --cbcm.demo.needs=1000
echo "Ready after ${READY_AFTER}s."
# The coordination model hears the load's batches asynchronously: wait until it has them all.
SETTLE_START=$(date +%s)
until [ "$(psql_db -At -c "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL
	AND listener_id LIKE '%coordination%'")" = 0 ]; do
	if [ $(($(date +%s) - SETTLE_START)) -gt 1800 ]; then
		echo "The coordination model did not take the load within 30 minutes" >&2
		exit 1
	fi
	sleep 2
done
MODEL_AFTER=$(($(date +%s) - SETTLE_START))
echo "The coordination model had the load ${MODEL_AFTER}s later."
psql_db -c "VACUUM ANALYZE"

COUNTS=$(psql_db -At -F'|' -c "
	SELECT (SELECT COUNT(*) FROM coord_initiative), (SELECT COUNT(*) FROM coord_allocation),
	       (SELECT COUNT(*) FROM coord_assessment), (SELECT COUNT(*) FROM coord_need),
	       (SELECT COUNT(*) FROM country WHERE cartagena_status = 'PARTY' AND code <> 'EU'),
	       (SELECT COUNT(*) FROM (SELECT initiative_id FROM coord_initiative_donor GROUP BY initiative_id
	                              HAVING COUNT(*) > 1) AS several)")
echo "read model (initiatives|allocations|assessments|needs|Parties|initiatives with several donors): $COUNTS"

LOAD_AVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
python3 "$ROOT/bench/coordination/measure.py" "$BASE" "$DB" "$ASOF" "$RUNS" "$WARMUP" "$PASSWORD" \
	"$ROOT/bench/coordination/coverage.sql" "$WORK/figures.json" "$LOG"
LOAD_AVG_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
stop

export MODEL_AFTER SIZE RUNS WARMUP READY_AFTER LOAD_AVG_BEFORE LOAD_AVG_AFTER COUNTS ASOF
bench_machine
export CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) CORES=$(nproc)
export MEMORY=$(free -g | awk '/Mem:/ {print $2 " GiB"}')
export PG_VERSION=$(psql -X -At -d "$DB" -c 'SHOW server_version')
python3 - "$WORK/figures.json" "$OUT" <<'PY'
import json, os, sys
figures = json.load(open(sys.argv[1]))
e = os.environ
initiatives, allocations, assessments, needs, parties, several = e["COUNTS"].split("|")
def row(name, values):
    return f"| {name} | {values['p50']:.1f} | {values['p95']:.1f} | {values['min']:.1f} | {values['max']:.1f} |"
lines = [
    "# The coordination analysis at scale: results", "",
    f"Run {e['DATE_UTC']} on commit {e['COMMIT']}: {e['CPU']}, {e['CORES']} cores, {e['MEMORY']}, PostgreSQL "
    f"{e['PG_VERSION']}. Load average {e['LOAD_AVG_BEFORE']} before the measurements, {e['LOAD_AVG_AFTER']} after.", "",
    f"Data: `--cbcm.demo.size={e['SIZE']}` and needs for every Party; the read model held {initiatives} initiatives "
    f"({several} with several donors), {allocations} allocations, {assessments} assessments and {needs} element needs; "
    f"{parties} Parties. As of {e['ASOF']}. Ready after {e['READY_AFTER']} s.", "",
    f"## The coverage matrix: {figures['cells']} cells ({parties} Parties × {figures['elements']} elements)", "",
    f"Each figure is the time of one whole answer in milliseconds, {e['RUNS']} runs after {e['WARMUP']} to warm up.", "",
    "| | p50 | p95 | min | max |", "| --- | ---: | ---: | ---: | ---: |",
    row("cbcm: `GET /api/v1/coordination/coverage?size=500` (HTTP, JSON)", figures["api"]),
    row("cbcm: the same matrix computed in the server (`Server-Timing`)", figures["server"]),
    row("hand-written SQL (`coverage.sql`, psql, rows fetched)", figures["sql"]), "",
    f"Ratio of medians, cbcm's computation to the hand-written query: **{figures['server']['p50'] / figures['sql']['p50']:.2f}×** "
    f"(the whole API answer: {figures['api']['p50'] / figures['sql']['p50']:.2f}×).", "",
    f"The answers agree on {figures['agree']} of {figures['cells']} cells (verdict, count of initiatives, US dollars "
    f"allocated to the cent).", "",
    "## Incremental update after one publication", "",
    f"An initiative for {figures['incremental']['cell']} created and published through the API as the Secretariat, "
    f"{figures['incremental']['runs']} times; the read model is updated in the publishing transaction:", "",
    "| | p50 | p95 | min | max |", "| --- | ---: | ---: | ---: | ---: |",
    row("the read model's update (`CoordinationUpdates`, its debug log)", figures["incremental"]["listenerStats"]),
    row("the whole publish request, the update included (reference)", figures["incremental"]["publishStats"]),
    row("the first read of the cell after the publish answered", figures["incremental"]["firstReadStats"]), "",
    f"The first read after the publish answered counted the initiative {figures['incremental']['reflectedFirst']} times "
    f"of {figures['incremental']['runs']}.",
]
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
