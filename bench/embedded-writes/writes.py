"""Creates and publishes initiatives through cbcm's API on several running applications, in turns, and
writes the times to a JSON file. Called by run.sh:

    writes.py OUT ROUNDS WRITES CLIENTS PASSWORD NAME=PORT=DATABASE_FILE ...

Each round measures every application in turn (the order alternating from round to round): one
client creating and publishing WRITES initiatives one after the other, each request timed, then
CLIENTS clients doing as much each at the same time, timed as a whole. Standard library only.
"""
import base64
import http.client
import json
import os
import sys
import threading
import time

out, rounds, writes, clients, password = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
variants = [argument.split("=", 2) for argument in sys.argv[6:]]


class Client:
    """One keep-alive connection to an application, writing as the Secretariat with a token."""

    def __init__(self, port, token=None):
        self.connection = http.client.HTTPConnection("127.0.0.1", int(port), timeout=60)
        self.token = token

    def request(self, method, path, body, expected, authorization=None):
        headers = {"Content-Type": "application/json",
                   "Authorization": authorization or f"Bearer {self.token}"}
        self.connection.request(method, path, body=json.dumps(body), headers=headers)
        response = self.connection.getresponse()
        text = response.read()
        if response.status != expected:
            raise SystemExit(f"{method} {path} answered {response.status}: {text[:300]!r}")
        return json.loads(text)

    def write(self, title, times=None):
        started = time.perf_counter()
        record = self.request("POST", "/api/v1/initiatives", {"owner": "KEN", "initiative": {
            "title": title, "description": "Trains the staff of the competent national authority in risk assessment.",
            "geography": {"scope": "NATIONAL", "countries": [{"country": "KEN"}]},
            "focus": {"keyElements": [{"element": "12(b)"}, {"element": "12(c)"}]}}}, 201)
        created = time.perf_counter()
        self.request("POST", f"/api/v1/initiatives/{record['id']}/publish", {"version": record["version"]}, 200)
        published = time.perf_counter()
        if times is not None:
            times["create"].append((created - started) * 1000)
            times["publish"].append((published - created) * 1000)


def token(port):
    basic = base64.b64encode(f"bench@cbcm.local:{password}".encode()).decode()
    return Client(port).request("POST", "/api/v1/me/tokens", {"name": "bench", "days": 1}, 201,
                                authorization=f"Basic {basic}")["token"]


tokens = {name: token(port) for name, port, _ in variants}
figures = {name: {"sequential": [], "parallel": [], "size_before": os.path.getsize(file), "written": 0}
           for name, _, file in variants}
for name, port, _ in variants:  # warm-up, not measured
    client = Client(port, tokens[name])
    for number in range(20):
        client.write(f"Warm-up {number}")
    figures[name]["written"] += 20

for round in range(rounds):
    order = variants if round % 2 == 0 else list(reversed(variants))
    for name, port, _ in order:
        times = {"create": [], "publish": []}
        client = Client(port, tokens[name])
        for number in range(writes):
            client.write(f"Biosafety training, round {round}, {number}", times)
        figures[name]["sequential"].append(times)

        failures = []

        def run(number):
            try:
                own = Client(port, tokens[name])
                for each in range(writes):
                    own.write(f"Biosafety inspection, round {round}, client {number}, {each}")
            except BaseException as failure:
                failures.append(failure)

        threads = [threading.Thread(target=run, args=(number,)) for number in range(clients)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - started
        if failures:
            raise SystemExit(f"{name}: {failures[0]}")
        figures[name]["parallel"].append({"seconds": seconds, "rate": clients * writes / seconds})
        figures[name]["written"] += writes + clients * writes
        print(f"round {round + 1}/{rounds} {name}: one client {sorted(times['create'])[writes // 2]:.1f} ms a create, "
              f"{clients} clients {clients * writes / seconds:.1f} initiatives/s", flush=True)

for name, _, file in variants:
    figures[name]["size_after"] = os.path.getsize(file)
with open(out, "w") as report:
    json.dump(figures, report)
