"""Measures the coverage matrix computed by cbcm against a hand-written SQL query, and the incremental
update after one publication. Called by run.sh:

    measure.py BASE DB ASOF RUNS WARMUP PASSWORD COVERAGE_SQL OUT APP_LOG

Standard library only; psql runs the hand-written query.
"""
import base64
import http.client
import json
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
from decimal import Decimal

base, db, asof, runs, warmup, password, sql_file, out, app_log = sys.argv[1:10]
runs, warmup = int(runs), int(warmup)
host, port = urllib.parse.urlparse(base).hostname, urllib.parse.urlparse(base).port


def stats(values):
    values = sorted(values)
    return {"p50": statistics.median(values), "p95": values[min(len(values) - 1, int(len(values) * 0.95))],
            "min": values[0], "max": values[-1]}


class Client:
    def __init__(self, token=None):
        self.connection = http.client.HTTPConnection(host, port, timeout=600)
        self.token = token

    def request(self, method, path, body=None, expected=200, authorization=None):
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if authorization or self.token:
            headers["Authorization"] = authorization or f"Bearer {self.token}"
        started = time.perf_counter()
        self.connection.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        response = self.connection.getresponse()
        text = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != expected:
            raise SystemExit(f"{method} {path} answered {response.status}: {text[:300]!r}")
        timing = response.getheader("Server-Timing") or ""
        server = re.search(r"dur=([0-9.]+)", timing)
        return json.loads(text), elapsed, float(server.group(1)) if server else None


# cbcm's matrix: every Party in one page.
client = Client()
path = f"/api/v1/coordination/coverage?size=500&asOf={asof}"
api, server = [], []
answer = None
for number in range(warmup + runs):
    answer, elapsed, computed = client.request("GET", path)
    if number >= warmup:
        api.append(elapsed)
        if computed is not None:
            server.append(computed)

# The hand-written query, in one psql session: each run timed by psql, rows fetched.
query = open(sql_file).read()
script = "\\set asof '" + asof + "'\n\\timing on\n" + "\\o /dev/null\n" + (query + "\n") * (warmup + runs) \
    + "\\o\n\\timing off\n\\pset format unaligned\n\\pset fieldsep '|'\n\\pset footer off\n" + query + "\n"
result = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db], input=script, text=True,
                        capture_output=True, check=True)
times = [float(t) for t in re.findall(r"Time: ([0-9.]+) ms", result.stdout)]
sql = times[warmup:]
rows = [line.split("|") for line in result.stdout.splitlines() if line.count("|") == 6]
header, rows = rows[0], rows[1:]
by_hand = {(r[0], r[1]): r for r in rows}

# Parties only: the API's rows also hold other countries with a need or an initiative.
parties = {r[0] for r in rows}
elements = {r[1] for r in rows}
agree, cells, differences = 0, 0, []
for row in answer["rows"]["content"]:
    if row["country"] not in parties:
        continue
    for cell in row["cells"]:
        if cell["element"] not in elements:
            continue
        cells += 1
        mine = by_hand[(row["country"], cell["element"])]
        count = cell.get("initiativeCount", len(cell.get("initiatives", [])))
        same = (mine[6] == cell["verdict"] and int(mine[3]) == count
                and Decimal(mine[4]) == Decimal(str(cell["allocatedUsd"])).quantize(Decimal("0.01")))
        agree += same
        if not same and len(differences) < 10:
            differences.append({"cell": [row["country"], cell["element"]], "sql": mine,
                                "cbcm": [cell["verdict"], count, cell["allocatedUsd"]]})

# The incremental update: one initiative published for Kenya on 12(b), then the cell read again.
basic = base64.b64encode(f"bench@cbcm.local:{password}".encode()).decode()
token = Client().request("POST", "/api/v1/me/tokens", {"name": "bench", "days": 1}, 201,
                         authorization=f"Basic {basic}")[0]["token"]
writer = Client(token)
publish, first_read, reflected_first = [], [], 0
cell_path = f"/api/v1/coordination/coverage?country=KEN&element=12(b)&asOf={asof}"
reader = Client()
count = lambda c: c.get("initiativeCount", len(c.get("initiatives", [])))
for number in range(warmup + runs):
    before = count(reader.request("GET", cell_path)[0]["rows"]["content"][0]["cells"][0])
    record = writer.request("POST", "/api/v1/initiatives", {"owner": "KEN", "initiative": {
        "title": f"Risk assessment training {number}", "description": "Trains the competent national authority.",
        "geography": {"scope": "NATIONAL", "countries": [{"country": "KEN"}]},
        "schedule": {"plannedStart": "2026-01-01", "plannedEnd": "2028-12-31"},
        "focus": {"keyElements": [{"element": "12(b)"}]}}}, 201)[0]
    _, elapsed, _ = writer.request("POST", f"/api/v1/initiatives/{record['id']}/publish",
                                   {"version": record["version"]})
    # The model is updated in the publishing transaction: the very next read must count it.
    published = time.perf_counter()
    after = count(reader.request("GET", cell_path)[0]["rows"]["content"][0]["cells"][0])
    if number >= warmup:
        publish.append(elapsed)
        first_read.append((time.perf_counter() - published) * 1000)
        reflected_first += after == before + 1
# The update's own time, logged by CoordinationUpdates at debug level, one line per publication.
updates = [int(v) / 1000 for v in re.findall(r"Coordination model updated \(published\) in (\d+) µs",
                                             open(app_log, encoding="utf-8").read())]
listener = updates[-runs:]

figures = {"api": stats(api), "server": stats(server) if server else stats(api), "sql": stats(sql),
           "cells": cells, "elements": len(elements), "agree": agree, "differences": differences,
           "incremental": {"cell": "KEN × 12(b)", "listener": listener,
                           "listenerStats": stats(listener) if listener else stats([0]),
                           "publishStats": stats(publish), "firstReadStats": stats(first_read),
                           "reflectedFirst": reflected_first, "runs": runs}}
json.dump(figures, open(out, "w"), indent=1)
print(json.dumps({k: v for k, v in figures.items() if k != "incremental"}, indent=1))
