#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 The Front Desk developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Makes tests/data/schema-vN.db with a released Front Desk's own frontdesk-cli, so that
# tst_schemahistory can check that today's program opens it with every record intact.
#   git worktree add /tmp/old <release commit> && cmake -S /tmp/old -B /tmp/old/build -G Ninja \
#       -DFRONTDESK_BUILD_TESTS=OFF && ninja -C /tmp/old/build frontdesk-cli
#   tests/data/make-schema-fixture.sh /tmp/old/build/bin/frontdesk-cli tests/data/schema-vN.db
# The releases' command line could not set up a clinic, so the setup rows go in with sqlite3;
# the bookings, their status moves and their audit are the old program's own.
set -euo pipefail
cli=$1
out=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/clinic.db"
"$cli" init --db "$db" >/dev/null
sqlite3 "$db" <<'SQL'
INSERT INTO locations (name, address, phone) VALUES
    ('Midtown', 'Madison Avenue and 40th Street, New York, NY', '(212) 555-0100');
INSERT INTO closed_dates (location_id, day, reason) VALUES (1, '2030-01-01', 'New Year''s Day');
INSERT INTO services (name) VALUES ('Physical therapy');
INSERT INTO clinicians (name, capacity) VALUES ('Dr. Old Release', 2);
INSERT INTO clinician_services VALUES (1, 1);
INSERT INTO shifts (clinician_id, location_id, weekday, start_minute, end_minute)
    SELECT 1, 1, d, 420, 1140 FROM (SELECT 1 AS d UNION SELECT 2 UNION SELECT 3 UNION SELECT 4
                                    UNION SELECT 5);
SQL
# From version 3 on, a clinic books at most 18 months ahead unless its settings say otherwise.
if sqlite3 "$db" "SELECT 1 FROM sqlite_master WHERE name = 'clinic_settings'" | grep -q 1; then
    sqlite3 "$db" "INSERT INTO clinic_settings (key, value) VALUES ('booking_horizon_months', '120')"
fi
book() {
    "$cli" book --db "$db" --user release-desk --type "$1" --name "$2" --phone "$3" \
        --location Midtown --clinician "Dr. Old Release" --start "$4" --reason "$5" --json |
        sed -n 's/^ *"id": \([0-9]*\).*/\1/p'
}
a=$(book new "Ann Lee" 2015550123 2030-01-07T09:00 "Sciatica")
b=$(book new "Bo Díaz" 9735550188 2030-01-07T09:00 "Back spasms, \"acute\"")
book follow-up "Ann Lee" 2015550123 2030-01-08T10:00 "Sciatica" >/dev/null
book self-pay "Cy Young" 9735550199 2030-01-09T13:00 "Whiplash" >/dev/null
"$cli" status --db "$db" --user release-desk --id "$a" --to confirmed >/dev/null
"$cli" cancel --db "$db" --user release-desk --id "$b" --reason "Feeling better" >/dev/null
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE; VACUUM;" >/dev/null
cp "$db" "$out"
echo "$out: schema version $(sqlite3 "$out" 'SELECT version FROM schema_version')," \
     "$(sqlite3 "$out" 'SELECT COUNT(*) FROM appointments') appointments"
