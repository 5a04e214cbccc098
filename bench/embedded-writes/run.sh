#!/usr/bin/env bash
# What it costs the embedded H2 database to write every commit to its file before the commit returns
# (WRITE_DELAY=0, the default URL since issue 8) rather than up to half a second later (H2's own default,
# WRITE_DELAY=500, which lost confirmed writes on kill -9): the time of a create and of a publish
# through the API, writes per second with several clients, and the size of the database file, while
# running and after a clean stop. Both run side by side in one invocation and are measured in turns,
# so that the machine's drift touches both alike. Writes bench/embedded-writes/results.md.
# See bench/README.md. Not part of the test suite.
#
# Settings (environment): ROUNDS (5), WRITES (100 initiatives created and published per client and
# round), CLIENTS (4), PORT (8097; the second variant takes PORT+1), JAR (a jar to run instead of
# building one), OUT (the report, bench/embedded-writes/results.md).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
ROUNDS=${ROUNDS:-5}
WRITES=${WRITES:-100}
CLIENTS=${CLIENTS:-4}
PORT=${PORT:-8097}
OUT=${OUT:-$ROOT/bench/embedded-writes/results.md}
WORK=$ROOT/target/bench-embedded-writes
PASSWORD=Registry-Writes-Key-2026!
rm -rf "$WORK"
mkdir -p "$WORK"

. "$ROOT/bench/lib.sh"
bench_jar

# The two variants: the URL of the application's defaults, and the same with H2's write delay.
DEFAULT_URL=$(grep -o 'jdbc:h2:file:[^ ]*' src/main/resources/application.yml)
DELAYED_URL="$(echo "$DEFAULT_URL" | sed 's/;WRITE_DELAY=[0-9]*//');WRITE_DELAY=500"
NAMES=(immediate delayed)
URLS=("${DEFAULT_URL//\$\{cbcm.data-dir\}/$WORK/immediate}" "${DELAYED_URL//\$\{cbcm.data-dir\}/$WORK/delayed}")
PIDS=()
stop() {
	for pid in "${PIDS[@]}"; do
		if kill -0 "$pid" 2>/dev/null; then
			kill "$pid"
			wait "$pid" 2>/dev/null || true
		fi
	done
	PIDS=()
}
trap stop EXIT

for index in 0 1; do
	name=${NAMES[$index]}
	java -Xmx512m -jar "$JAR" --server.port=$((PORT + index)) --cbcm.data-dir="$WORK/$name" \
		--spring.datasource.url="${URLS[$index]}" --cbcm.admin.email=bench@cbcm.local \
		--cbcm.admin.password="$PASSWORD" >"$WORK/$name.log" 2>&1 &
	PIDS+=($!)
done
for index in 0 1; do
	started=$(date +%s)
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((PORT + index))/actuator/health/readiness")" = 200 ]; do
		if ! kill -0 "${PIDS[$index]}" 2>/dev/null; then
			echo "${NAMES[$index]} stopped; see $WORK/${NAMES[$index]}.log" >&2
			tail -30 "$WORK/${NAMES[$index]}.log" >&2
			exit 1
		fi
		if [ $(($(date +%s) - started)) -gt 300 ]; then
			echo "${NAMES[$index]} was not ready within 5 minutes; see $WORK/${NAMES[$index]}.log" >&2
			exit 1
		fi
		sleep 1
	done
done

LOAD_AVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
python3 "$ROOT/bench/embedded-writes/writes.py" "$WORK/figures.json" "$ROUNDS" "$WRITES" "$CLIENTS" "$PASSWORD" \
	"immediate=$PORT=$WORK/immediate/cbcm.mv.db" "delayed=$((PORT + 1))=$WORK/delayed/cbcm.mv.db"
LOAD_AVG_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
stop

export LOAD_AVG_BEFORE LOAD_AVG_AFTER ROUNDS WRITES CLIENTS
export SIZE_IMMEDIATE_CLOSED=$(stat -c %s "$WORK/immediate/cbcm.mv.db") SIZE_DELAYED_CLOSED=$(stat -c %s "$WORK/delayed/cbcm.mv.db")
export URL_IMMEDIATE="${URLS[0]//$WORK/\$WORK}" URL_DELAYED="${URLS[1]//$WORK/\$WORK}"
bench_machine
export FINDINGS=$ROOT/bench/embedded-writes/findings.md
python3 - "$WORK/figures.json" "$OUT" <<'PYTHON'
import json, os, statistics, sys

env = os.environ
figures, out = json.load(open(sys.argv[1])), sys.argv[2]


def p95(values):
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def mb(size):
    return f"{int(size) / 1e6:.1f} MB"


names = {"immediate": "WRITE_DELAY=0 (default URL)", "delayed": "WRITE_DELAY=500 (H2's default)"}
lines = [
    "# Embedded H2: commits written at once against H2's write delay",
    "",
    "Written by `bench/embedded-writes/run.sh`; see `bench/README.md`.",
    "",
    f"- Date: {env['DATE_UTC']}; commit {env['COMMIT']} ({env['JAR_NAME']})",
    f"- Machine: {env['CPUS']} CPUs ({env['CPU_MODEL']}); load average {env['LOAD_AVG_BEFORE']} before, "
    f"{env['LOAD_AVG_AFTER']} after (the machine is shared); {env['JAVA_VERSION']}",
    f"- Both applications run side by side on fresh databases, `{env['URL_IMMEDIATE']}` and "
    f"`{env['URL_DELAYED']}`, and are measured in turns: {env['ROUNDS']} rounds, each of them, in alternating "
    f"order, one client creating and publishing {env['WRITES']} initiatives one after the other, then "
    f"{env['CLIENTS']} clients doing as much each at the same time",
    "",
    "## One client: time of a request (ms)",
    "",
    "| variant | request | median | p95 | min | max |",
    "| --- | --- | ---: | ---: | ---: | ---: |",
]
for name in names:
    for request in ("create", "publish"):
        values = [ms for round in figures[name]["sequential"] for ms in round[request]]
        lines.append(f"| {names[name]} | {request} | {statistics.median(values):.1f} | {p95(values):.1f} | "
                     f"{min(values):.1f} | {max(values):.1f} |")
lines += ["", f"## {env['CLIENTS']} clients: initiatives created and published per second", "",
          "| variant | median | min | max |", "| --- | ---: | ---: | ---: |"]
for name in names:
    rates = [round["rate"] for round in figures[name]["parallel"]]
    lines.append(f"| {names[name]} | {statistics.median(rates):.1f} | {min(rates):.1f} | {max(rates):.1f} |")
ratios = [a["rate"] / b["rate"] for a, b in zip(figures["immediate"]["parallel"], figures["delayed"]["parallel"])]
lines += ["", f"Ratio immediate/delayed, round by round: median {statistics.median(ratios):.2f} "
          f"(min {min(ratios):.2f}, max {max(ratios):.2f}).", "",
          "## Size of the database file", "", "| variant | after start | after the writes | after a clean stop |",
          "| --- | ---: | ---: | ---: |"]
closed = {"immediate": env["SIZE_IMMEDIATE_CLOSED"], "delayed": env["SIZE_DELAYED_CLOSED"]}
for name in names:
    lines.append(f"| {names[name]} | {mb(figures[name]['size_before'])} | {mb(figures[name]['size_after'])} | "
                 f"{mb(closed[name])} |")
total = figures["immediate"]["written"]
lines += ["", f"Each variant wrote {total:,} initiatives (created and published).", ""]
if os.path.exists(env["FINDINGS"]):
    lines += [open(env["FINDINGS"]).read().strip()]
with open(out, "w") as report:
    report.write("\n".join(lines) + "\n")
PYTHON
echo "Wrote $OUT"
