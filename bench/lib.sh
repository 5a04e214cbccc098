# The parts every benchmark's run.sh shares, sourced by each after it has set ROOT (the checkout),
# WORK (its folder under target/), and for one that runs the application on PostgreSQL: PORT, BASE,
# LOG and DB. Not part of the test suite.

# psql on the benchmark's own database, stopping at the first error.
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

# The database: fresh when FRESH is 1 (dropped and created, so that a load is measured from empty);
# else kept, and created only when missing.
bench_database() {
	if [ "${FRESH:-1}" = 1 ]; then
		psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
	elif ! psql -X -At -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
		psql -X -q -d postgres -c "CREATE DATABASE $DB"
	fi
}

# The application's jar: JAR when given, else the one a package of the checkout builds.
bench_jar() {
	if [ -z "${JAR:-}" ]; then
		./mvnw -q -B -DskipTests package
		JAR=$(ls "$ROOT"/target/cbcm-*.jar | grep -v original | head -1)
	fi
}

# The application on PostgreSQL (DB), its arguments after the common ones; returns once it is ready
# (READY_AFTER: the seconds that took), and is stopped on exit.
APP=
stop() {
	if [ -n "$APP" ] && kill -0 "$APP" 2>/dev/null; then
		kill "$APP"
		wait "$APP" 2>/dev/null || true
	fi
	APP=
}
trap stop EXIT

start() {
	java -Xmx1g -jar "$JAR" --server.port="$PORT" --spring.profiles.active=postgresql \
		--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER" \
		--spring.datasource.password="${PGPASSWORD:-}" --cbcm.data-dir="$WORK/data" "$@" >"$LOG" 2>&1 &
	APP=$!
	local started=$(date +%s)
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ]; do
		if ! kill -0 "$APP" 2>/dev/null; then
			echo "The application stopped; see $LOG" >&2
			tail -30 "$LOG" >&2
			exit 1
		fi
		if [ $(($(date +%s) - started)) -gt 1800 ]; then
			echo "The application was not ready within 30 minutes; see $LOG" >&2
			exit 1
		fi
		sleep 2
	done
	READY_AFTER=$(($(date +%s) - started))
}

# What a report says of the run: when, on which commit, with which jar, on which machine and Java.
bench_machine() {
	export DATE_UTC=$(date -u '+%Y-%m-%d %H:%M UTC')
	export COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' with uncommitted changes')"
	export JAR_NAME=$(basename "$JAR")
	export CPUS=$(nproc) CPU_MODEL=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
	export JAVA_VERSION=$(java -version 2>&1 | head -1)
}
