"""The Art. 33(5) register: rows, CSV, JSON, and records that pandas loads."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import attrs
import pytest

from breachmodel.assessment import assess
from breachmodel.documents import REGISTER_COLUMNS, register_csv, register_json, register_rows
from breachmodel.model import Incident
from breachmodel.processor import ProcessorIncident, load_any
from breachmodel.serialization import load
from example_kit import PROCESSOR_AS_OF as AS_OF
from example_kit import PROCESSOR_EXAMPLE as EXAMPLE

ROOT = Path(__file__).resolve().parent.parent


def _pi() -> ProcessorIncident:
    record = load_any(EXAMPLE)
    assert isinstance(record, ProcessorIncident)
    return record


def test_one_row_per_controller_with_stable_columns() -> None:
    rows = register_rows([_pi()], as_of=AS_OF)
    assert len(rows) == 7
    for row in rows:
        assert tuple(row) == REGISTER_COLUMNS
        assert all(v is None or isinstance(v, str | int) for v in row.values())
    first = rows[0]
    assert first["incident_id"] == "viamedis-2024/mutuelle-horizon"
    assert first["processor"] == "Viamedis"
    assert first["detected_at"] == "2024-01-29T16:30:00+01:00"
    assert first["people_count"] == 1_800_000
    assert first["notify_authority"] == "required"
    assert first["risk_level"] == "high"
    assert first["notified"] == "no"
    assert first["notification_late"] == "no"
    assert isinstance(first["decision_rationale"], str)
    assert first["decision_rationale"].startswith("Art. 33: required")
    by_id = {r["controller_id"]: r for r in rows}
    assert by_id["atlas-sante"]["notification_late"] == "yes"
    assert by_id["atlas-sante"]["public_communication"] == "required"
    assert by_id["mutuelle-tilleul"]["notified_by"] == "viamedis"
    assert by_id["escaut-assurances"]["authorities"] == "be-apd-gba"


def test_every_breach_is_registered_even_when_not_notified() -> None:
    laptop = load(ROOT / "examples" / "lost-laptop-encrypted.json")
    (row,) = register_rows([laptop])
    assert row["notify_authority"] == "not_required"
    assert row["notified"] == "no"
    assert "Art. 33: not_required" in str(row["decision_rationale"])


def test_pairs_are_used_as_given() -> None:
    laptop = load(ROOT / "examples" / "lost-laptop-encrypted.json")
    a = assess(laptop)
    assert register_rows([(laptop, a)]) == register_rows([laptop])
    with pytest.raises(TypeError, match="register items"):
        register_rows(["not an incident"])  # type: ignore[list-item]


def test_csv_round_trip() -> None:
    items: list[Incident | ProcessorIncident] = [
        _pi(),
        load(ROOT / "examples" / "misdirected-email.json"),
    ]
    text = register_csv(items, as_of=AS_OF)
    assert text == register_csv(items, as_of=AS_OF)
    parsed = list(csv.DictReader(io.StringIO(text)))
    rows = register_rows(items, as_of=AS_OF)
    assert len(parsed) == len(rows) == 8
    assert tuple(parsed[0]) == REGISTER_COLUMNS
    for got, want in zip(parsed, rows, strict=True):
        assert got == {k: "" if v is None else str(v) for k, v in want.items()}


def test_csv_neutralises_formulas() -> None:
    pi = _pi()
    evil = attrs.evolve(pi, title='=HYPERLINK("http://x")')
    parsed = list(csv.DictReader(io.StringIO(register_csv([evil]))))
    assert parsed[0]["title"] == '\'=HYPERLINK("http://x")'


def test_json_records() -> None:
    items = [_pi()]
    assert json.loads(register_json(items, as_of=AS_OF)) == register_rows(items, as_of=AS_OF)


def test_pandas_loads_the_records() -> None:
    pd = pytest.importorskip("pandas")
    rows = register_rows([_pi()], as_of=AS_OF)
    frame = pd.DataFrame(rows)
    assert list(frame.columns) == list(REGISTER_COLUMNS)
    assert len(frame) == 7
    assert int(frame["people_count"].sum()) == sum(int(r["people_count"] or 0) for r in rows)
