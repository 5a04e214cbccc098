#!/usr/bin/env python3
"""Reads every published initiative of a country from cbcm, a page at a time, and saves a change to
a country profile the way a script should: read the version, send it back, and on 409 read the
current copy again. Python's standard library only. See docs/api.md."""
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

BASE = os.environ.get("BASE", "http://localhost:8080")
TOKEN = os.environ.get("TOKEN")  # a focal point's token, for the write


def call(method, path, body=None):
    request = urllib.request.Request(BASE + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Accept", "application/json")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if TOKEN:
        request.add_header("Authorization", "Bearer " + TOKEN)
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as problem:  # a problem+json body: title, detail, status, ...
        return problem.code, json.load(problem)


def initiatives(country):
    page = 0
    while True:
        status, answer = call("GET", "/api/v1/initiatives?" + urllib.parse.urlencode(
            {"country": country, "size": 100, "page": page}))
        if status != 200:
            sys.exit(f"{status}: {answer.get('detail')}")
        yield from answer["content"]
        page += 1
        if page >= answer["totalPages"]:
            return


def set_website(country, website):
    for _ in range(3):
        _, draft = call("GET", f"/api/v1/countries/{country}/profile/draft")
        status, answer = call("PUT", f"/api/v1/countries/{country}/profile",
                              {**draft["draft"], "version": draft["version"], "website": website,
                               "comment": "Website corrected"})
        if status != 409:  # 409: somebody saved meanwhile; read again and retry
            return status, answer
    sys.exit("The profile keeps changing; try later.")


if __name__ == "__main__":
    for initiative in initiatives("KEN"):
        print(initiative["id"], initiative["title"])
    if TOKEN:
        status, answer = set_website("KEN", "https://biosafety.go.ke")
        print(status, answer.get("version"), answer.get("detail", ""))
