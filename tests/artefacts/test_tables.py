"""The codes as a table: the CSV and the SQL file, loaded and queried by SQLite
(the standard library) and DuckDB, and the docs page's audit JOIN, whose
counts equal `faceid-codes audit` and a hand count on the same data."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import sys

import duckdb
import pytest

from conftest import GENERATED, ROOT, Case, import_file
from helpers.exports import Export, lines, spec
from generator.render.escaping import csv_cell, sql_str

CSV = "csv/faceid-codes.csv"
SQL = "sql/faceid-codes.sql"
COLUMNS = ["channel", "code", "name", "billable", "category", "family"]
JOIN = re.compile(r"<!-- example: audit-join -->\n```sql\n(.*?)```\n", re.S)


def expected_rows(case_spec) -> list[tuple]:
    return [
        (channel.key, c.code, c.name, c.billable, c.category, c.family)
        for channel in case_spec.channels
        for c in channel.codes
    ]


def test_the_csv_reads_back_as_the_spec(case: Case) -> None:
    text = case.path(CSV).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    codes = [(channel, c) for channel in case.spec.channels for c in channel.codes]
    assert len(rows) == len(codes)
    for row, (channel, c) in zip(rows, codes):
        assert row == {
            "channel": channel.key,
            "code": str(c.code),
            "name": c.name,
            "message": c.message,
            "message_en": c.message_en,
            "billable": json.dumps(c.billable),
            "category": c.category,
            "family": c.family or "",
            "action": json.dumps(list(c.action), ensure_ascii=False),
            "action_en": json.dumps(list(c.action_en), ensure_ascii=False),
        }


def test_duckdb_reads_the_csv_with_its_types(case: Case) -> None:
    path = str(case.path(CSV))
    with duckdb.connect() as db:
        found = db.execute(
            "SELECT channel, code, name, billable, category, family, message, action_en "
            "FROM read_csv(?, header = true, quote = '\"', escape = '\"', "
            "columns = {'channel': 'VARCHAR', 'code': 'BIGINT', 'name': 'VARCHAR', "
            "'message': 'VARCHAR', 'message_en': 'VARCHAR', 'billable': 'BOOLEAN', "
            "'category': 'VARCHAR', 'family': 'VARCHAR', 'action': 'VARCHAR', "
            "'action_en': 'VARCHAR'})",
            [path],
        ).fetchall()
    codes = [(channel, c) for channel in case.spec.channels for c in channel.codes]
    assert found == [
        (ch.key, c.code, c.name, c.billable, c.category, c.family, c.message)
        + (json.dumps(list(c.action_en), ensure_ascii=False),)
        for ch, c in codes
    ]


def sqlite_with(script: str) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.executescript(script)
    return db


@pytest.mark.parametrize("engine", ["sqlite", "duckdb"])
def test_the_sql_file_loads_as_the_spec(case: Case, engine: str) -> None:
    script = case.path(SQL).read_text(encoding="utf-8")
    query = f"SELECT {', '.join(COLUMNS)} FROM faceid_codes"
    if engine == "sqlite":
        rows = [(*r[:3], bool(r[3]), *r[4:]) for r in sqlite_with(script).execute(query)]
    else:
        with duckdb.connect() as db:
            db.execute(script)
            rows = db.execute(query).fetchall()
    assert sorted(rows) == sorted(expected_rows(case.spec))
    assert script.splitlines()[0] == f"-- generated from {case.spec.source} — do not edit"


def test_the_sql_file_holds_keys_and_names_only() -> None:
    """Free text would need escapes SQL dialects do not share; it stays in the CSV."""
    assert sql_str("LIVENESS_FAILED_MINUS_5026") == "'LIVENESS_FAILED_MINUS_5026'"
    for text in ("it's", "a\\b", "a\nb", "成功"):
        with pytest.raises(ValueError):
            sql_str(text)
    assert csv_cell('a "b", c\nd') == '"a ""b"", c\nd"'


# --- the audit as one JOIN ------------------------------------------------------------

ATTEMPTS = """CREATE TABLE attempts (
  request_id VARCHAR, biz_token VARCHAR, req_time VARCHAR,
  channel VARCHAR, code BIGINT, is_need_charge BOOLEAN
)"""


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory):
    made = Export(next(c for c in spec.channels if c.key == "sdk"), seed=4)
    responses = [made.detect_response(n) for n in range(2500)]
    path = tmp_path_factory.mktemp("join") / "results.jsonl"
    path.write_text(lines(responses), encoding="utf-8")
    import_file(GENERATED / "python/faceid_codes/__init__.py", "faceid_codes_join")  # the package
    import_file(GENERATED / "python/faceid_codes/audit.py", "faceid_codes_join.audit")
    report = sys.modules["faceid_codes_join.audit"].audit_files([str(path)], "sdk")
    assert made.disagreements, "the seed makes no disagreement: the test would prove nothing"
    return made, report


def join_counts(engine: str, made) -> dict[str, int]:
    """The counts the README's JOIN gives; the docs page shows the same query."""
    page = (GENERATED / "docs/responses.md").read_text(encoding="utf-8")
    (query,) = JOIN.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    assert JOIN.findall(page) == [query]
    script = (GENERATED / SQL).read_text(encoding="utf-8")
    insert = "INSERT INTO attempts VALUES (?, ?, ?, ?, ?, ?)"
    if engine == "sqlite":
        db = sqlite_with(script)
        db.execute(ATTEMPTS)
        db.executemany(insert, made.rows)
        cursor = db.execute(query)
    else:
        db = duckdb.connect()
        db.execute(script)
        db.execute(ATTEMPTS)
        db.executemany(insert, made.rows)
        cursor = db.execute(query)
    names = [column[0] for column in cursor.description]
    (row,) = cursor.fetchall()
    db.close()
    return dict(zip(names, row))


@pytest.mark.parametrize("engine", ["sqlite", "duckdb"])
def test_the_docs_join_gives_the_audits_counts(export, engine: str) -> None:
    made, report = export
    counts = join_counts(engine, made)
    assert counts == {
        "attempts": report["attempts"],
        "billed_by_table": report["billed_by_table"],
        "billed_by_tencent": report["billed_by_tencent"],
        "unknown": report["unknown"],
        "disagreements": len(report["disagreements"]),
    }
    assert counts == {  # and the hand count of the responses made
        "attempts": made.attempts,
        "billed_by_table": made.by_table,
        "billed_by_tencent": made.by_tencent,
        "unknown": made.unknown,
        "disagreements": len(made.disagreements),
    }
