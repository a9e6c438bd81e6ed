"""The US state table, row for row, against a record of every jurisdiction's values.

``tests/data/us_states/laws.json`` holds each :class:`StateLaw` as data, in the table's
order. A change of the table's form leaves it as it is; a change of the law (a threshold,
a clock, a source) updates it in the same commit, where the diff shows what changed.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import attrs
import pytest

from breachmodel.regimes.us_states import STATES, StateLaw

RECORD = Path(__file__).resolve().parent / "data" / "us_states" / "laws.json"


def _plain(_instance: object, _field: object, value: object) -> object:
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def as_data(law: StateLaw) -> object:
    """One law as JSON data (sets sorted, dates in ISO form, tuples as lists)."""
    return json.loads(json.dumps(attrs.asdict(law, value_serializer=_plain)))


def _recorded() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = json.loads(RECORD.read_text("utf-8"))
    return rows


def test_the_table_lists_the_recorded_jurisdictions_in_order() -> None:
    assert [law.code for law in STATES] == [row["code"] for row in _recorded()]


@pytest.mark.parametrize("recorded", _recorded(), ids=lambda row: str(row["code"]))
def test_each_jurisdiction_keeps_its_recorded_values(recorded: dict[str, object]) -> None:
    law = next(law for law in STATES if law.code == recorded["code"])
    assert as_data(law) == recorded
