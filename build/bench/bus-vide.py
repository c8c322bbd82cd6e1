#!/usr/bin/env python3
"""Waits until a SocialErp database holds no integration message left to deliver: every outbox row relayed and
every inbox row processed or parked, in every module. A benchmark that restarts the host between runs calls it
first, so that the backlog one run leaves behind is not processed during the next one.

    python3 build/bench/bus-vide.py Sqlite <socialerp.db> [TIMEOUT_SECONDS=600]
    python3 build/bench/bus-vide.py PostgreSql "<Npgsql connection string>" [TIMEOUT_SECONDS=600]

Prints the seconds waited; exits 1 if messages are still waiting at the timeout.

Each poll asks every table only whether one row is still waiting (LIMIT 1), not how many: counting them scanned the
whole backlog of each table every second, on the database the host is draining (PostgreSQL, 76 ms a poll after a
burst of postings: CPU taken from the drain being timed).
"""
import os
import sqlite3
import subprocess
import sys
import time

PENDING = "processed_at IS NULL"


# Both return how many message tables still hold a row to deliver (0: the bus is drained).
def pending_sqlite(path):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30) as db:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE '%\\_outbox\\_message' ESCAPE '\\' "
            "OR name LIKE '%\\_inbox\\_message' ESCAPE '\\')")]
        return sum(db.execute(f'SELECT count(*) FROM (SELECT 1 FROM "{t}" WHERE {PENDING}{parked(t)} LIMIT 1)').fetchone()[0] for t in tables)


def pending_postgres(connection):
    settings = dict(part.split("=", 1) for part in connection.split(";") if "=" in part)
    env = dict(os.environ, PGPASSWORD=settings.get("Password", ""))
    psql = ["psql", "-h", settings.get("Host", "127.0.0.1"), "-p", settings.get("Port", "5432"),
            "-U", settings.get("Username", "postgres"), "-d", settings.get("Database", "postgres"), "-At", "-c"]
    tables = subprocess.run(psql + [
        "SELECT table_schema || '.' || table_name FROM information_schema.tables "
        "WHERE table_name LIKE '%\\_outbox\\_message' OR table_name LIKE '%\\_inbox\\_message'"],
        env=env, check=True, capture_output=True, text=True).stdout.split()
    if not tables:
        return 0
    union = " + ".join(f"(SELECT count(*) FROM (SELECT 1 FROM {t} WHERE {PENDING}{parked(t)} LIMIT 1) x)" for t in tables)
    return int(subprocess.run(psql + [f"SELECT {union}"], env=env, check=True, capture_output=True, text=True).stdout)


def parked(table):
    return " AND parked_at IS NULL" if table.endswith("inbox_message") else ""


def main():
    provider, target = sys.argv[1], sys.argv[2]
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 600
    pending = pending_sqlite if provider == "Sqlite" else pending_postgres
    start = time.monotonic()
    while (left := pending(target)) > 0:
        if time.monotonic() - start > timeout:
            print(f"messages still waiting in {left} tables after {timeout:.0f} s", file=sys.stderr)
            return 1
        time.sleep(1)
    print(f"{time.monotonic() - start:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
