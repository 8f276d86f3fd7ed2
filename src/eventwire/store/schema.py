"""Opening a database file safely and bringing its schema up to date with the numbered migrations.

Migrations are `migrations/NNNN_name.sql`, applied in order, each in one transaction; the schema version is kept
in `PRAGMA user_version` and the file is marked as eventwire's with `PRAGMA application_id`.
"""
from __future__ import annotations

import re
import sqlite3
from importlib import resources
from pathlib import Path

from eventwire.errors import StoreError

APPLICATION_ID = 0x45565752          # "EVWR"
SQLITE_MAGIC = b"SQLite format 3\x00"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """The bundled migrations as (version, file name, SQL), in order."""
    found = []
    for entry in resources.files("eventwire.store").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"bundled migrations are not numbered 1..n: {versions}; reinstall eventwire")
    return found


def latest_version() -> int:
    return len(migrations())


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (or create) an eventwire database at `path` and migrate it; never overwrites a file that is not one."""
    name = str(path)
    in_memory = name == ":memory:" or name.startswith("file::memory:")
    if not in_memory:
        name = str(Path(name).expanduser())
        _check_file(Path(name))
    try:
        conn = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open database {name}: {exc}; check that its folder exists and is writable, "
                         f"or pass another path with --db") from exc
    try:
        _check_database(conn, name)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        if not in_memory:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")     # safe with WAL: a crash loses at most the last commit
        migrate(conn, name)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"cannot use database {name}: {exc}; check the file is an eventwire database and is "
                         f"writable, or pass another path with --db") from exc
    except StoreError:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    return conn


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"cannot open database {path}: it is a folder; pass a file path such as "
                         f"{path / 'eventwire.db'}")
    if not path.parent.is_dir():
        raise StoreError(f"cannot open database {path}: folder {path.parent} does not exist; create it first "
                         f"or pass another path with --db")
    if path.exists():
        try:
            with path.open("rb") as handle:
                head = handle.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise StoreError(f"cannot open database {path}: {exc.strerror or exc}; check its permissions") from exc
        if head and head != SQLITE_MAGIC:
            raise StoreError(f"cannot open database {path}: the file is not a SQLite database; it was left "
                             f"untouched, pass another path with --db")


def _check_database(conn: sqlite3.Connection, name: str) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and version == 0):
        raise StoreError(f"cannot use database {name}: it is a SQLite database made by another program; it was "
                         f"left untouched, pass another path with --db")
    latest = latest_version()
    if version > latest:
        raise StoreError(f"cannot use database {name}: its schema version is {version} but this eventwire knows "
                         f"versions up to {latest}; upgrade eventwire (pip install -U eventwire)")


def migrate(conn: sqlite3.Connection, name: str = "database") -> int:
    """Apply the migrations the database lacks, each in its own transaction; returns the version reached."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, file_name, sql in migrations():
        if number <= version:
            continue
        try:
            conn.executescript(f"BEGIN;\n{sql}\nPRAGMA application_id = {APPLICATION_ID};\n"
                               f"PRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"cannot migrate {name} to schema version {number} ({file_name}): {exc}; the "
                             f"database was left at version {version}") from exc
        version = number
    return version
