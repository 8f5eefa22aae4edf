"""One vocabulary and one column order per kind of row, in every format of every command.

The table lives in ktimeline.render.columns and in docs/schema.md; each format of each
command is held to it here, and plain's values to csv's (same names, same values).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from ktimeline.records import EVENT_COLUMNS
from ktimeline.render.columns import COLUMNS, DETAIL, PLAIN, columns

from .conftest import jsonl_records

ROOT = Path(__file__).resolve().parents[1]

# command line -> (kind of rows, scored)
COMMANDS: dict[tuple[str, ...], tuple[str, bool]] = {
    ("search", "Sohae"): ("events", True),
    ("range", "2019-12"): ("events", False),
    (
        "show",
        "2019-12-03-trump-calls-kim-rocket-man",
        "2019-12-09-trump-downplays-tests-kim-yong-chol-retorts",
    ): ("events", False),
    ("quotes", "--speaker", "Trump"): ("quotes", False),
    ("quotes", "dotard"): ("quotes", True),
    ("search", "Esper", "-n", "2"): ("events", True),
    ("actors",): ("actors", False),
    ("tags",): ("tags", False),
    ("stats", "--by", "month"): ("stats", False),
    ("stats", "--by", "actor"): ("stats", False),
}
IDS = [" ".join(command) for command in COMMANDS]


def expected(kind: str, scored: bool) -> list[str]:
    return list(columns(kind, scored))


def in_order(keys: list[str], order: list[str]) -> bool:
    """Are ``keys`` some of ``order``, in its order?"""
    positions = [order.index(key) for key in keys if key in order]
    return len(positions) == len(keys) and positions == sorted(positions)


@pytest.mark.parametrize("command", COMMANDS, ids=IDS)
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_headers_are_the_columns(run: Any, command: tuple[str, ...], fmt: str) -> None:
    kind, scored = COMMANDS[command]
    out = run(*command, "-f", fmt).stdout
    dialect = "excel-tab" if fmt == "tsv" else "excel"
    header = next(csv.reader(io.StringIO(out), dialect=dialect))
    assert header == expected(kind, scored)


@pytest.mark.parametrize("command", COMMANDS, ids=IDS)
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_keys_are_the_columns_in_order(run: Any, command: tuple[str, ...], fmt: str) -> None:
    kind, scored = COMMANDS[command]
    out = run(*command, "-f", fmt).stdout
    records = json.loads(out) if fmt == "json" else jsonl_records(out)
    assert records
    for record in records:
        keys = list(record)
        if kind == "events":  # the whole record, as the data file has it
            assert in_order(keys, list(EVENT_COLUMNS)), keys  # the data file's order, then score
            assert ("score" in keys) == scored
            assert {"date", "id", "text"} <= set(keys)
        else:
            assert keys == expected(kind, scored)


@pytest.mark.parametrize(
    "command",
    [c for c in COMMANDS if c[0] != "show"],
    ids=[i for i in IDS if not i.startswith("show")],
)
def test_plain_writes_its_columns_with_the_values_csv_has(
    run: Any, command: tuple[str, ...]
) -> None:
    kind, _ = COMMANDS[command]
    plain = [line.split("\t") for line in run(*command, "-f", "plain").stdout.splitlines()]
    rows = list(csv.DictReader(io.StringIO(run(*command, "-f", "csv").stdout)))
    assert len(plain) == len(rows) > 0
    for fields, row in zip(plain, rows, strict=True):
        assert len(fields) == len(PLAIN[kind])
        for column, value in zip(PLAIN[kind], fields, strict=True):
            want = row[column]
            if column == "date" and row.get("end_date"):
                want = f"{row['date']}/{row['end_date']}"
            if column == "date" and kind == "quotes" and "/" in value:  # the event's span
                assert value.startswith(want + "/"), (value, want)
                continue
            assert value == want.replace("\\", "\\\\"), (column, value, want)
    assert in_order(list(PLAIN[kind]), list(COLUMNS[kind]))


def test_show_in_a_pipe_writes_every_field_as_key_tab_value(run: Any) -> None:
    command = next(c for c in COMMANDS if c[0] == "show")
    out = run(*command, "-C", "1").stdout
    blocks = out.split("\n\n")
    records = jsonl_records(run(*command, "-C", "1", "-f", "jsonl").stdout)
    assert len(blocks) == len(records) >= 4
    for block, record in zip(blocks, records, strict=True):
        pairs = [line.split("\t", 1) for line in block.strip("\n").split("\n")]
        keys = [key for key, _ in pairs]
        assert in_order(list(dict.fromkeys(keys)), list(DETAIL["events"])), keys
        values = dict(pairs)
        assert values["id"] == record["id"] and values["text"] == record["text"]
        assert values["actors"] == "; ".join(record["actors"])
        statements = [value for key, value in pairs if key == "statement"]
        assert [s.split(": ", 1)[0] for s in statements] == [
            s["speaker"] for s in record["statements"]
        ]
        assert values["citation"].startswith("Stephen Noerper")
        asked = record["id"] in command
        assert ("context" in values) != asked


@pytest.mark.parametrize(("command", "kind"), [(("actors",), "actors"), (("tags",), "tags")])
def test_markdown_tables_are_headed_by_the_columns(
    run: Any, command: tuple[str, ...], kind: str
) -> None:
    out = run(*command, "-f", "markdown").stdout
    header = next(line for line in out.splitlines() if line.startswith("| "))
    assert [cell.strip() for cell in header.strip("|").split("|")] == [
        c.capitalize() for c in COLUMNS[kind]
    ]


def test_the_schema_document_shows_the_same_table() -> None:
    text = (ROOT / "docs" / "schema.md").read_text("utf-8")
    section = text.split("## Columns of every format", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (\w+) \(.*?\) \| (.*?) \| (.*?) \|$", section, flags=re.MULTILINE)
    assert [kind for kind, _, _ in rows] == list(COLUMNS)
    for kind, listed, plain in rows:
        names = re.findall(r"`(\w+)`", listed.split("(+")[0])
        assert names == list(COLUMNS[kind]), kind
        plain_names = list(COLUMNS[kind]) if plain == "all" else re.findall(r"`(\w+)`", plain)
        assert plain_names == list(PLAIN[kind]), kind
