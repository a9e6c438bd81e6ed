"""Property: the state-law letters reach exactly each state's residents, once per person.

A small random member table (people repeated, in three US states and France) is scoped,
its counts become the incident's subject groups, the incident is assessed under every
regime, and the manifest is written: for each duty to inform, the rows equal the distinct
people it reaches (everyone, or the residents of the state it names, counted by hand), and
no person has two rows for one obligation.
"""

from __future__ import annotations

import re
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

duckdb = pytest.importorskip("duckdb")

from breachmodel.assessment import assess  # noqa: E402
from breachmodel.obligations import Duty  # noqa: E402
from breachmodel.scoping import DuckDBEngine, apply_scope, count_people, obligation_rows  # noqa: E402
from breachmodel.scoping._count import prepare  # noqa: E402
from breachmodel.scoping._manifest import write_manifest_rows  # noqa: E402
from breachmodel.serialization import from_data  # noqa: E402
from scoping_tables import MAPPING, write_csv  # noqa: E402

ON = date(2026, 3, 2)
AS_OF = datetime(2026, 3, 10, tzinfo=UTC)
PLACES = (("US", "CA"), ("US", "TX"), ("US", "NY"), ("FR", None))
_PLACE = re.compile(r"^(?:residents-)?([A-Z]{2}(?:-[A-Z0-9]{1,3})?)$")

BASE = from_data(
    {
        "schema_version": "1.0",
        "id": "state-letters",
        "controller": {"id": "ins-b", "name": "Insurer B"},
        "data": [{"category": "identity"}, {"category": "national_id"}],
        "subjects": [{"kind": "customers", "count": {"precision": "exact", "value": 1}}],
        "effects": {"confidentiality": {"exfiltration": "confirmed"}},
        "timeline": {"controller_aware_at": "2026-03-02T10:00:00+00:00"},
    },
    source="test",
)

people = st.dictionaries(
    st.sampled_from([f"p{i}" for i in range(12)]), st.sampled_from(PLACES), min_size=1
)


def _reached(who: dict[str, tuple[str, str | None]], recipients: tuple[str, ...]) -> int:
    places = [m.group(1) for m in map(_PLACE.match, recipients) if m]
    if not places:
        return len(who)
    return sum(
        1 for country, state in who.values() for p in places if p in (country, f"US-{state}")
    )


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people, st.lists(st.integers(0, 11), max_size=6))
def test_each_duty_reaches_its_people_once(
    who: dict[str, tuple[str, str | None]], repeats: list[int]
) -> None:
    ids = sorted(who)
    listed = [*ids, *(ids[i % len(ids)] for i in repeats)]  # repeated rows: one person each
    rows = [
        (pid, "ins-b", who[pid][0], who[pid][1], "1980-01-01", None, None, "1", None, "1")
        for pid in listed
    ]
    with tempfile.TemporaryDirectory() as tmp:
        table = write_csv(Path(tmp) / "m.csv", rows)
        scope = count_people(table, MAPPING, on=ON)
        a = assess(apply_scope(BASE, scope), sensitivities=False, as_of=AS_OF)
        duties = [
            d for d in a.obligations(Duty.INFORM_INDIVIDUALS) if d.outcome.value == "required"
        ]
        engine = DuckDBEngine()
        query = prepare(engine, table, MAPPING, on=ON)
        manifest = write_manifest_rows(
            engine,
            query,
            obligation_rows({"ins-b": a}),
            Path(tmp) / "out",
        )
        distinct = [(0, 0)]
        if manifest.rows:
            distinct = engine.rows(
                "SELECT COUNT(DISTINCT (person_id, obligation)), COUNT(*) FROM breachmodel_manifest"
            )
        engine.close()
    per_duty: dict[str, int] = {}
    for (obligation, _kind, _channel), n in manifest.letters_of("ins-b").items():
        per_duty[obligation] = per_duty.get(obligation, 0) + n
    for d in duties:
        assert per_duty.get(str(d.key), 0) == _reached(who, d.recipients), str(d.key)
    states = {f"US-{s}" for c, s in who.values() if c == "US"}
    assert {d.recipients for d in duties if d.key and d.key.regime == "us_states"} == {
        (s,) for s in states
    }
    assert distinct == [(manifest.rows, manifest.rows)]
