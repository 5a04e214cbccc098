#!/usr/bin/env bash
# The IATI import's speed (issue 11): parse and map a realistic IATI 2.03 file of SIZE activities
# (generate.py) against a plain StAX pass over the same file (ParseAndMapBench, in the test classes,
# not a test), then import the file into PostgreSQL through the pages as the Secretariat against a
# bare batch insert of the same rows (measure.py), each figure beside its reference measured in the
# same run. Writes bench/exchange/results.md. See bench/README.md. Not part of the test suite.
#
# Settings (environment): SIZE (10000), WARMUP (2), RUNS (5), BARE_RUNS (3), IMPORT_RUNS (3), PORT (8096), JAR (a jar
# to run instead of building one; the bench class is then taken from target/test-classes, which a
# `./mvnw -q -B -o test-compile` makes), OUT (bench/exchange/results.md), PGHOST (127.0.0.1), PGPORT
# (5432), PGUSER (postgres), PGPASSWORD, DB (bench_exchange), SEED (11).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SIZE=${SIZE:-10000}
WARMUP=${WARMUP:-2}
RUNS=${RUNS:-5}
BARE_RUNS=${BARE_RUNS:-3}
IMPORT_RUNS=${IMPORT_RUNS:-3}
PORT=${PORT:-8096}
SEED=${SEED:-11}
DB=${DB:-bench_exchange}
FRESH=1
EMAIL=bench@cbcm.local
PASSWORD=Tromso-Liaison-Group-2006
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
OUT=${OUT:-$ROOT/bench/exchange/results.md}
WORK=$ROOT/target/bench-exchange
LOG=$WORK/app.log
BASE=http://127.0.0.1:$PORT
FILE=$WORK/activities-$SIZE.xml
mkdir -p "$WORK"
BEGAN=$(date +%s)

. "$ROOT/bench/lib.sh"

echo "Writing $SIZE activities to $FILE ..."
python3 "$ROOT/bench/exchange/generate.py" "$SIZE" "$FILE" "$SEED"
bench_jar
# The jar's libraries, for the bench class beside the compiled classes.
rm -rf "$WORK/lib" && mkdir -p "$WORK/lib"
unzip -q -j -o "$JAR" 'BOOT-INF/lib/*' -d "$WORK/lib"
if [ ! -f "$ROOT/target/test-classes/org/cbcm/exchange/bench/ParseAndMapBench.class" ]; then
	./mvnw -q -B -o test-compile
fi

echo "Parse and map: $WARMUP runs to warm up, $RUNS timed ..."
LOAD_AVG_PARSE=$(cut -d' ' -f1-3 /proc/loadavg)
java -Xmx1g -cp "$ROOT/target/classes:$ROOT/target/test-classes:$WORK/lib/*" \
	org.cbcm.exchange.bench.ParseAndMapBench "$FILE" "$WARMUP" "$RUNS" "$WORK/parse.json"

# The import, IMPORT_RUNS times, each on a fresh database and a freshly started application (the
# machines are noisy: the median run is reported, every run listed); the references after the last.
RUN_SECONDS=()
for i in $(seq 1 "$IMPORT_RUNS"); do
	echo "Import on PostgreSQL, run $i of $IMPORT_RUNS ..."
	bench_database
	start --cbcm.admin.email="$EMAIL" --cbcm.admin.password="$PASSWORD"
	echo "Ready after ${READY_AFTER}s."
	LOAD_AVG_IMPORT=$(cut -d' ' -f1-3 /proc/loadavg)
	if [ "$i" -lt "$IMPORT_RUNS" ]; then
		SKIP_REFERENCE=1 python3 "$ROOT/bench/exchange/measure.py" "$BASE" "$DB" "$EMAIL" "$PASSWORD" "$FILE" "$LOG" \
			"$BARE_RUNS" "$WORK/import-$i.json"
	else
		python3 "$ROOT/bench/exchange/measure.py" "$BASE" "$DB" "$EMAIL" "$PASSWORD" "$FILE" "$LOG" "$BARE_RUNS" \
			"$WORK/import.json"
		cp "$WORK/import.json" "$WORK/import-$i.json"
	fi
	LOAD_AVG_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
	stop
done

export SIZE SEED WARMUP RUNS BARE_RUNS IMPORT_RUNS LOAD_AVG_PARSE LOAD_AVG_IMPORT LOAD_AVG_AFTER READY_AFTER
export ELAPSED=$(($(date +%s) - BEGAN))
bench_machine
export MEMORY=$(free -g | awk '/Mem:/ {print $2 " GiB"}')
export PG_VERSION=$(psql -X -At -d "$DB" -c 'SHOW server_version')
python3 - "$WORK/parse.json" "$WORK/import.json" "$OUT" "$WORK" <<'PY'
import json, os, statistics, sys
parse = json.load(open(sys.argv[1]))
imp = json.load(open(sys.argv[2]))
runs = [json.load(open(os.path.join(sys.argv[4], f"import-{i}.json")))["run"]
        for i in range(1, int(os.environ["IMPORT_RUNS"]) + 1)]
last_run = imp["run"]
imp["run"] = statistics.median(runs)
e = os.environ
n = parse["activities"]
med = lambda values: statistics.median(values)
full, reader, stax = med(parse["full"]), med(parse["reader"]), med(parse["stax"])
rate = lambda seconds: n / seconds
bare, copy = med(imp["bareInsert"]), med(imp["bareCopy"])
every = med(imp["all"]["insert"])
TABLES = {"initiative": "initiative", "revision": "record_revision", "source": "initiative_source",
          "registry": "record_registry", "country": "initiative_country", "entry": "initiative_entry",
          "tag": "initiative_tag", "share": "initiative_country_share"}
ok = lambda good: "**met**" if good else "**missed**"
lines = [
    "# The IATI import's speed: results", "",
    f"Run {e['DATE_UTC']} on commit {e['COMMIT']} ({e['JAR_NAME']}): {e['CPU_MODEL']}, {e['CPUS']} cores, "
    f"{e['MEMORY']}, {e['JAVA_VERSION']}, PostgreSQL {e['PG_VERSION']}. Load average {e['LOAD_AVG_PARSE']} before "
    f"parse and map, {e['LOAD_AVG_IMPORT']} before the import, {e['LOAD_AVG_AFTER']} after it. The whole bench took "
    f"{e['ELAPSED']} s.", "",
    f"File: `generate.py {e['SIZE']}` (seed {e['SEED']}), {parse['bytes']:,} bytes, {parse['elements']:,} elements, "
    f"{n:,} activities of 4 publishers; the default rule keeps {parse['kept']:,}.", "",
    "## Parse and map", "",
    f"In one JVM (`-Xmx1g`), {e['WARMUP']} runs of each pass to warm up, then {e['RUNS']} timed runs of each in turns; "
    "median seconds for the whole file, and activities per second.", "",
    "| | median | min | max | activities/s | goal |", "| --- | ---: | ---: | ---: | ---: | --- |",
    f"| reader + selection rule + key element assistant + mapping (what an import does per activity) | {full:.2f} s | "
    f"{min(parse['full']):.2f} s | {max(parse['full']):.2f} s | **{rate(full):,.0f}** | ≥ 5,000: {ok(rate(full) >= 5000)} |",
    f"| the reader alone (`IatiReader`, activities read and dropped) | {reader:.2f} s | {min(parse['reader']):.2f} s | "
    f"{max(parse['reader']):.2f} s | {rate(reader):,.0f} | |",
    f"| reference: plain StAX pass counting elements (the floor of any XML reading) | {stax:.2f} s | "
    f"{min(parse['stax']):.2f} s | {max(parse['stax']):.2f} s | {rate(stax):,.0f} | |", "",
    f"Ratio of medians, parse and map to the StAX floor: **{full / stax:.1f}×** (the reader alone {reader / stax:.1f}×).",
    "",
    "## Import into PostgreSQL", "",
    f"The jar on PostgreSQL (fresh database `bench_exchange`, ready after {e['READY_AFTER']} s), driven through the "
    f"pages as the Secretariat: upload, rule ALL ({imp['chosen']:,} chosen), proposals accepted "
    f"({imp['withElements']:,} with key elements), run with publish=true: {imp['created']:,} created, "
    f"{imp['updated']} updated, {imp['unchanged']} unchanged, {imp['skipped']} skipped.", "",
    "| | seconds | ratio to the bare insert of the same rows | goal |", "| --- | ---: | ---: | --- |",
    f"| the import's run (`ImportRun`'s log: read again, map, write {imp['created']:,} initiatives in batches of 500), "
    f"median of {len(runs)} runs on fresh databases ({', '.join(f'{v:.1f}' for v in runs)}) | "
    f"{imp['run']:.1f} | **{imp['run'] / every:.2f}×** (each: {', '.join(f'{v / every:.2f}×' for v in runs)}) | "
    f"≤ 3×: {ok(imp['run'] / every <= 3)} |",
    f"| the last run, wall clock from the run request to DONE | {imp['runWall']:.1f} | {imp['runWall'] / every:.2f}× | |",
    f"| reference: bare batch insert of the same rows, {sum(imp['all']['rows'].values()):,} rows in {len(imp['all']['rows'])} "
    f"tables (median of {e['BARE_RUNS']}: {', '.join(f'{v:.2f}' for v in imp['all']['insert'])}) | {every:.2f} | 1 | |",
    f"| COPY of the same rows (median of {e['BARE_RUNS']}) | {med(imp['all']['copy']):.2f} | "
    f"{med(imp['all']['copy']) / every:.2f}× | |",
    f"| bare batch insert of the record's own rows only, {sum(imp['bareRows'].values()):,} rows in 3 tables (median of "
    f"{e['BARE_RUNS']}: {', '.join(f'{v:.2f}' for v in imp['bareInsert'])}) | {bare:.2f} | {bare / every:.2f}× "
    f"(the run: {imp['run'] / bare:.2f}× it) | |",
    f"| COPY of the record's own rows (median of {e['BARE_RUNS']}) | {copy:.2f} | {copy / every:.2f}× | |",
    f"| the upload (the file read into the preview: the POST of {imp['fileBytes'] / 1e6:.1f} MB until its answer) | "
    f"{imp['upload']:.1f} | {imp['upload'] / every:.2f}× | |",
    f"| rule ALL applied (the file read again) | {imp['selection']:.1f} | | |",
    f"| proposals accepted | {imp['accept']:.1f} | | |", "",
    "The bare batch insert of the same rows: every row the run's transactions wrote for the initiatives, table by "
    "table (" + ", ".join(f"`{TABLES[t]}` {n:,}" for t, n in imp['all']['rows'].items()) + "), dumped as multi-row "
    f"INSERT statements of at most 500 rows ({imp['all']['bytes'] / 1e6:.1f} MB of SQL) and inserted by one psql "
    f"session into tables of the same columns, constraints, indexes (the search text's trigram index among them) and "
    f"foreign keys, in {imp['all']['batches']} transactions of 500 initiatives with all their rows, as the import's "
    "batches. Not in it, so counted against the run: the import's own rows (each activity's outcome, the progress), "
    "the facet counts, and what the listeners write after each batch (duplicate pairs, the coordination analysis). "
    "The record's own rows alone (the initiative, its first revision, its source) are the narrower reference of the "
    "second row, beside which the run also writes the registry, the countries and the published read model.", "",
    "What the run wrote, table by table (pg_stat_user_tables, rows inserted / updated):", "",
    "| table | inserted | updated |", "| --- | ---: | ---: |",
] + [f"| `{t}` | {v[0]:,} | {v[1]:,} |" for t, v in sorted(imp["tables"].items(), key=lambda kv: -kv[1][0] - kv[1][1])]
open(sys.argv[3], "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
