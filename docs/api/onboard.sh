#!/usr/bin/env bash
# The onboarding script of docs/api.md, run for real against a cbcm on BASE.
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
ADMIN=${ADMIN:-admin@cbcm.test}
ADMIN_PASSWORD=${ADMIN_PASSWORD:?give the password of the Secretariat administrator}

# 1. The Secretariat takes a token with its password (HTTP Basic), valid for one day.
SECRETARIAT=$(curl -sS --fail-with-body -u "$ADMIN:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
	-d '{"name":"onboarding","days":1}' "$BASE/api/v1/me/tokens" | jq -r .token)

# 2. It creates Kenya's national focal point with a password (without one, cbcm mails an invitation).
curl -sS --fail-with-body -H "Authorization: Bearer $SECRETARIAT" -H 'Content-Type: application/json' \
	-d '{"email":"nfp@kenya.example","name":"Grace Wanjiru","language":"en",
	     "password":"Kenya-Focal-Point-2027!",
	     "roles":[{"role":"NATIONAL_FOCAL_POINT","country":"KEN"}]}' \
	"$BASE/api/v1/users" | jq '{id, email, roles}'

# 3. The focal point takes a token of their own.
NFP=$(curl -sS --fail-with-body -u 'nfp@kenya.example:Kenya-Focal-Point-2027!' -H 'Content-Type: application/json' \
	-d '{"name":"profile script","days":30}' "$BASE/api/v1/me/tokens" | jq -r .token)

# 4. The profile's working copy and its version.
VERSION=$(curl -sS --fail-with-body -H "Authorization: Bearer $NFP" "$BASE/api/v1/countries/KEN/profile/draft" | jq .version)

# 5. Writes it (the version read says which copy the change is based on) ...
VERSION=$(curl -sS --fail-with-body -X PUT -H "Authorization: Bearer $NFP" -H 'Content-Type: application/json' \
	-d "{\"version\":$VERSION,\"comment\":\"From the national biosafety report\",
	     \"framework\":\"IN_PLACE\",\"mechanism\":\"EXISTS\",\"website\":\"https://www.biosafetykenya.go.ke\",
	     \"centreOfOrigin\":false}" \
	"$BASE/api/v1/countries/KEN/profile" | jq .version)

# 6. ... and publishes it.
curl -sS --fail-with-body -H "Authorization: Bearer $NFP" -H 'Content-Type: application/json' \
	-d "{\"version\":$VERSION}" "$BASE/api/v1/countries/KEN/profile/publish" | jq '{status, version}'

# 7. The focal point registers a national initiative and publishes it.
INITIATIVE=$(curl -sS --fail-with-body -H "Authorization: Bearer $NFP" -H 'Content-Type: application/json' \
	-d '{"owner":"KEN","comment":"Registered by the focal point","initiative":{
	     "title":"National training in LMO detection","type":"PROJECT","implementation":"ONGOING",
	     "description":"Trains the staff of the national reference laboratory in detecting LMOs.",
	     "schedule":{"plannedStart":"2026-01-15","plannedEnd":"2027-06-30"},
	     "geography":{"scope":"NATIONAL","countries":[{"country":"KEN"}]},
	     "focus":{"keyElements":[{"element":"12(c)"}],"categories":["TRAINING"]}}}' \
	"$BASE/api/v1/initiatives")
curl -sS --fail-with-body -H "Authorization: Bearer $NFP" -H 'Content-Type: application/json' \
	-d "{\"version\":$(echo "$INITIATIVE" | jq .version)}" \
	"$BASE/api/v1/initiatives/$(echo "$INITIATIVE" | jq -r .id)/publish" | jq '{id, status, version}'

# 8. Anyone, without a token, reads the published profile and pages through Kenya's initiatives.
curl -sS --fail-with-body "$BASE/api/v1/countries/KEN/profile" | jq '.profile | {framework, mechanism, website}'
page=0
while :; do
	answer=$(curl -sS --fail-with-body "$BASE/api/v1/initiatives?country=KEN&size=50&page=$page")
	echo "$answer" | jq -r '.content[] | [.id, .title] | @tsv'
	page=$((page + 1))
	[ "$page" -lt "$(echo "$answer" | jq .totalPages)" ] || break
done
