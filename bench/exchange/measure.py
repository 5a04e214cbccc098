"""The IATI import of a whole file on PostgreSQL against a bare batch insert of the same rows, in one run.
Called by run.sh:

    measure.py BASE DB EMAIL PASSWORD FILE APP_LOG RUNS OUT

1. signs in on the sign-in page as the Secretariat and uploads FILE on /exchange/imports (the preview:
   the request is timed), applies the rule ALL (every activity chosen), accepts the key elements
   proposed, starts the run with publish=true and polls until the import is DONE; the run's time is
   the one ImportRun logs ("Import <id> DONE: ... in S s"), the wall clock from the start request to
   DONE beside it;
2. the reference, "a bare batch insert of the same rows": the rows the run left in the three tables
   that hold an imported initiative (initiative, its first revision in record_revision,
   initiative_source) are dumped as multi-row INSERT statements of 500 rows (pg_dump --inserts
   --rows-per-insert=500) and inserted by one psql session into scratch tables of the same columns,
   constraints and indexes (CREATE TABLE ... (LIKE ... INCLUDING ALL), with initiative_source's
   foreign key), in 500-initiative transactions as the import writes its batches; RUNS times, the
   tables emptied before each, the median kept. COPY of the same rows is timed too, as the fastest
   way PostgreSQL takes rows;
3. what else the run wrote: rows inserted and updated per table (pg_stat_user_tables, before and
   after the run).

Standard library only; psql and pg_dump do the reference.
"""
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import uuid

base, db, email, password, file, app_log, runs, out = sys.argv[1:9]
# SKIP_REFERENCE=1 measures the import only (an earlier run of several), not the references.
runs = int(runs)
url = urllib.parse.urlparse(base)
work = os.path.dirname(out)


class Browser:
    """A person's browser: a session cookie, the form's CSRF token, redirects not followed."""

    def __init__(self):
        self.cookies = {}

    def request(self, method, path, body=None, content_type=None, expected=(200,)):
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=900)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if content_type:
            headers["Content-Type"] = content_type
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";")[0]
        if response.status not in expected:
            raise SystemExit(f"{method} {path} answered {response.status}: {text[:500]}")
        connection.close()
        return response.status, response.getheader("Location"), text

    def csrf(self, path):
        page = self.request("GET", path)[2]
        found = re.search(r'name="_csrf"\s+value="([^"]+)"', page) or re.search(r'value="([^"]+)"\s+name="_csrf"', page)
        if not found:
            raise SystemExit(f"no CSRF token on {path}")
        return found.group(1)

    def post(self, path, fields, form_page):
        token = self.csrf(form_page)
        body = urllib.parse.urlencode({**fields, "_csrf": token})
        return self.request("POST", path, body, "application/x-www-form-urlencoded", expected=(302, 303))


def psql(sql, *extra):
    done = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", db, *extra], input=sql,
                          text=True, capture_output=True)
    if done.returncode != 0:
        raise SystemExit(f"psql failed: {done.stderr.strip()}")
    return done.stdout


def table_stats():
    time.sleep(1.5)  # the statistics collector's counters reach pg_stat after each backend's flush
    rows = psql("SELECT relname, n_tup_ins, n_tup_upd FROM pg_stat_user_tables ORDER BY relname")
    return {line.split("|")[0]: (int(line.split("|")[1]), int(line.split("|")[2])) for line in rows.splitlines()}


figures = {}
# REFERENCE_ONLY=1 measures the reference again on the database an earlier call left, its figures kept.
reference_only = os.environ.get("REFERENCE_ONLY") == "1"
if reference_only:
    figures = json.load(open(out))
browser = Browser()
if not reference_only:
    status, location, _ = browser.post("/login", {"email": email, "password": password}, "/login")
    if "error" in (location or "") or "throttled" in (location or ""):
        raise SystemExit(f"signing in failed: {location}")

    # 1. Upload: the file read into the preview.
    token = browser.csrf("/exchange/imports")
    boundary = uuid.uuid4().hex
    data = open(file, "rb").read()
    body = b"".join([
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{token}\r\n".encode(),
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nen\r\n".encode(),
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{os.path.basename(file)}\"\r\n"
        f"Content-Type: application/xml\r\n\r\n".encode(), data, f"\r\n--{boundary}--\r\n".encode()])
    started = time.perf_counter()
    status, location, _ = browser.request("POST", "/exchange/imports", body, f"multipart/form-data; boundary={boundary}",
                                          expected=(302, 303))
    figures["upload"] = time.perf_counter() - started
    figures["fileBytes"] = len(data)
    page = urllib.parse.urlparse(location).path
    import_id = page.rsplit("/", 1)[1]
    figures["importId"] = import_id
    print(f"Uploaded in {figures['upload']:.2f} s: {page}")

    started = time.perf_counter()
    browser.post(page + "/selection", {"rule": "ALL", "terms": ""}, page)
    figures["selection"] = time.perf_counter() - started
    started = time.perf_counter()
    browser.post(page + "/accept", {}, page)
    figures["accept"] = time.perf_counter() - started
    counts = psql(f"SELECT COUNT(*) FILTER (WHERE chosen), COUNT(*) FILTER (WHERE chosen AND elements IS NOT NULL), "
                  f"COUNT(*) FILTER (WHERE kept_because IS NOT NULL) FROM exchange_import_activity "
                  f"WHERE import_id = '{import_id}'").strip().split("|")
    figures["chosen"], figures["withElements"] = int(counts[0]), int(counts[1])
    print(f"Chosen {counts[0]}, with key elements {counts[1]}")

    # The run.
    before = table_stats()
    token = browser.csrf(page)
    started = time.perf_counter()
    browser.request("POST", page + "/run", urllib.parse.urlencode({"publish": "true", "_csrf": token}),
                    "application/x-www-form-urlencoded", expected=(302, 303))
    while True:
        state = psql(f"SELECT status FROM exchange_import WHERE id = '{import_id}'").strip()
        if state not in ("RUNNING", "CANCELLING", "READY"):
            break
        if time.perf_counter() - started > 900:
            raise SystemExit("the import did not end within 15 minutes")
        time.sleep(0.2)
    figures["runWall"] = time.perf_counter() - started
    if state != "DONE":
        raise SystemExit(f"the import ended {state}; see {app_log}")
    line = None
    for _ in range(50):
        found = re.findall(rf"Import {import_id} DONE: (\d+) created, (\d+) updated, (\d+) unchanged, (\d+) skipped in "
                           rf"([0-9.,]+) s", open(app_log, encoding="utf-8", errors="replace").read())
        if found:
            line = found[-1]
            break
        time.sleep(0.1)
    if line is None:
        raise SystemExit(f"no DONE line for import {import_id} in {app_log}")
    figures["created"], figures["updated"], figures["unchanged"], figures["skipped"] = map(int, line[:4])
    figures["run"] = float(line[4].replace(",", "."))
    after = table_stats()
    figures["tables"] = {name: [after[name][0] - before.get(name, (0, 0))[0], after[name][1] - before.get(name, (0, 0))[1]]
                         for name in after if after[name] != before.get(name, (0, 0))}
    print(f"Run: {figures['run']} s (log), {figures['runWall']:.2f} s (wall clock); "
          f"{figures['created']} created, {figures['skipped']} skipped")
    json.dump(figures, open(out, "w"), indent=1)

# 2. The references: the same rows, bare. Each table: its short name, the table it copies, which of its rows the run
# left (and the initiative each belongs to), and the foreign key the scratch copy keeps (to another scratch copy).
by_record = "record_kind = 'initiative' AND record_id IN (SELECT initiative_id::varchar FROM initiative_source)"
CORE = [
    ("initiative", "initiative", "TRUE", "id", ""),
    ("revision", "record_revision", by_record, "record_id::uuid", ""),
    ("source", "initiative_source", "TRUE", "initiative_id",
     ", FOREIGN KEY (initiative_id) REFERENCES bare_initiative (id) ON DELETE CASCADE"),
]
# Everything the run's own transactions wrote for the initiatives: the core, the record's registration, its
# countries, and the published read model (the search entry with its text index, the facet rows, the country
# shares), each with its foreign key.
ALL = CORE + [
    ("registry", "record_registry", by_record, "record_id::uuid", ""),
    ("country", "initiative_country", "TRUE", "initiative_id",
     ", FOREIGN KEY (initiative_id) REFERENCES bare_initiative (id) ON DELETE CASCADE"),
    ("entry", "initiative_entry", "TRUE", "initiative_id",
     ", FOREIGN KEY (initiative_id) REFERENCES bare_initiative (id) ON DELETE CASCADE"),
    ("tag", "initiative_tag", "TRUE", "initiative_id",
     ", FOREIGN KEY (initiative_id) REFERENCES bare_entry (initiative_id) ON DELETE CASCADE"),
    ("share", "initiative_country_share", "TRUE", "initiative_id",
     ", FOREIGN KEY (initiative_id) REFERENCES bare_entry (initiative_id) ON DELETE CASCADE"),
]


def reference(name, tables):
    """Times a bare batch insert and a COPY of the rows the run left in these tables; returns the figures.

    The rows go in transactions of 500 initiatives, as the import's batches: each transaction inserts its
    initiatives' rows of every table, in multi-row INSERT statements of at most 500 rows."""
    names = [t[0] for t in tables]
    drop = ", ".join(["stage_batch"] + [f"stage_{n}" for n in names] + [f"bare_{n}" for n in reversed(names)])
    psql(f"DROP TABLE IF EXISTS {drop} CASCADE;\n"
         "CREATE TABLE stage_batch AS SELECT initiative_id AS id, (ROW_NUMBER() OVER (ORDER BY initiative_id) - 1) / 500 "
         "AS batch FROM initiative_source;\n" + "".join(
             f"CREATE TABLE stage_{n} AS SELECT t.*, b.batch AS stage_batch FROM {table} t "
             f"JOIN stage_batch b ON b.id = t.{key.replace('::uuid', '')}{'::uuid' if '::uuid' in key else ''} "
             f"WHERE {where} ORDER BY b.batch, t.{key.replace('::uuid', '')};\n"
             f"CREATE TABLE bare_{n} (LIKE {table} INCLUDING ALL{fk});\n"
             for n, table, where, key, fk in tables))
    rows = {n: int(psql(f"SELECT COUNT(*) FROM stage_{n}")) for n in names}
    if rows["initiative"] != figures["created"] or rows["revision"] != figures["created"]:
        print(f"warning: the staging tables hold {rows}, the run created {figures['created']}", file=sys.stderr)
    batches = int(psql("SELECT COUNT(DISTINCT batch) FROM stage_batch"))
    by_batch = {}
    for n in names:
        counts = dict.fromkeys(range(batches), 0)
        for line in psql(f"SELECT stage_batch, COUNT(*) FROM stage_{n} GROUP BY 1").splitlines():
            counts[int(line.split("|")[0])] = int(line.split("|")[1])
        psql(f"ALTER TABLE stage_{n} DROP COLUMN stage_batch")
        dump = subprocess.run(["pg_dump", "-d", db, "--data-only", "--inserts", "-t", f"stage_{n}"], text=True,
                              capture_output=True, check=True).stdout
        prefix = f"INSERT INTO public.stage_{n} VALUES "
        values = [row[:row.rindex(");")] + ")" for row in dump.split("\n" + prefix)[1:]]
        if len(values) != rows[n]:
            raise SystemExit(f"the dump of stage_{n} holds {len(values)} rows, not {rows[n]}")
        at = 0
        for batch in range(batches):
            mine = values[at:at + counts[batch]]
            at += counts[batch]
            by_batch.setdefault(batch, []).extend(
                f"INSERT INTO bare_{n} VALUES " + ",\n\t".join(mine[i:i + 500]) + ";" for i in range(0, len(mine), 500))
    script = ["SET client_min_messages = warning;"]
    for batch in range(batches):
        script += ["BEGIN;", *by_batch.get(batch, []), "COMMIT;"]
    insert_sql = os.path.join(work, f"bare-{name}-insert.sql")
    open(insert_sql, "w").write("\n".join(script) + "\n")
    for n in names:
        psql(f"\\copy stage_{n} TO '{os.path.join(work, 'bare-' + n + '.copy')}'")
    copy_sql = os.path.join(work, f"bare-{name}-copy.sql")
    open(copy_sql, "w").write("BEGIN;\n" + "".join(
        f"\\copy bare_{n} FROM '{os.path.join(work, 'bare-' + n + '.copy')}'\n" for n in names) + "COMMIT;\n")

    def timed(sql_file):
        psql("TRUNCATE " + ", ".join(f"bare_{n}" for n in names))
        psql("CHECKPOINT")
        started = time.perf_counter()
        done = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f", sql_file],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            raise SystemExit(f"{sql_file} failed: {done.stderr.strip()[:2000]}")
        elapsed = time.perf_counter() - started
        if int(psql("SELECT COUNT(*) FROM bare_initiative")) != rows["initiative"]:
            raise SystemExit("the bare insert did not insert every row")
        return elapsed

    measured = {"rows": rows, "bytes": os.path.getsize(insert_sql), "batches": batches, "insert": [], "copy": []}
    for _ in range(runs):
        measured["insert"].append(timed(insert_sql))
        measured["copy"].append(timed(copy_sql))
    print(f"Bare insert ({name}, {sum(rows.values())} rows): {measured['insert']}; COPY: {measured['copy']}")
    psql(f"DROP TABLE {drop}")
    return measured


if os.environ.get("SKIP_REFERENCE") == "1":
    sys.exit(0)
core = reference("core", CORE)
figures["bareRows"], figures["bareBytes"], figures["bareBatches"] = core["rows"], core["bytes"], core["batches"]
figures["bareInsert"], figures["bareCopy"] = core["insert"], core["copy"]
figures["all"] = reference("all", ALL)

json.dump(figures, open(out, "w"), indent=1)
