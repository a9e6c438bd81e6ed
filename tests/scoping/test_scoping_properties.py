"""Property: the engine's counts equal a plain Python count of the same small random table.

Nobody is lost (every row is a person, a merged duplicate, or a rejected row) and nobody
is counted twice (a person id repeated within a controller is one person), whatever the
table's mix of duplicates, missing ids and invalid values.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("duckdb")

from breachmodel.scoping import DuckDBEngine, count_people
from breachmodel.scoping._count import counted, prepare
from scoping_tables import MAPPING, write_csv

ON = date(2024, 2, 2)
_COUNTRY = {"FR": "FR", "fr": "FR", " BE ": "BE", "EL": "GR", "US": "US"}

rows = st.lists(
    st.tuples(
        st.sampled_from(["p1", "p2", "p3", "p4", "", " p1 "]),
        st.sampled_from(["ins-a", "ins-b", ""]),
        st.sampled_from([*_COUNTRY, "XX", "", "F"]),
        st.sampled_from(["2010-05-01", "1980-12-31", "2006-02-02", "2006-02-03", "", "31/12/80"]),
        st.sampled_from(["1", "0", ""]),
    ),
    max_size=30,
)


def _expected(
    table: list[tuple[str, str, str, str, str]],
) -> tuple[Counter[tuple[str, str | None]], int, int]:
    """People per (controller, country) and minors, counted by hand."""
    persons: dict[tuple[str, str], list[tuple[str, str, str, str, str]]] = {}
    rejected = 0
    for r in table:
        pid, ctl = r[0].strip(), r[1].strip()
        if not pid or not ctl:
            rejected += 1
            continue
        persons.setdefault((ctl, pid), []).append(r)
    per: Counter[tuple[str, str | None]] = Counter()
    minors = 0
    for (ctl, _pid), found in persons.items():
        countries = [_COUNTRY[c] for _p, _c, c, _b, _a in found if c in _COUNTRY]
        per[(ctl, min(countries) if countries else None)] += 1
        minors += any(b in ("2010-05-01", "2006-02-03") for *_x, b, _a in found)
    return per, minors, rejected


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(rows)
def test_counts_match_a_plain_python_count(table: list[tuple[str, str, str, str, str]]) -> None:
    full = [(p, c, k, None, b, None, None, a, None, "1") for p, c, k, b, a in table]
    with tempfile.TemporaryDirectory() as tmp:
        scope = count_people(write_csv(Path(tmp) / "m.csv", full), MAPPING, on=ON)
    per, minors, rejected = _expected(table)
    got: Counter[tuple[str, str | None]] = Counter()
    for r in scope.rows:
        if r.people:
            assert r.controller_id is not None
            got[(r.controller_id, r.country)] += r.people
    assert got == per
    assert scope.minors() == minors
    issues = scope.issues()
    assert issues.get("rejected_rows", 0) == rejected
    assert scope.total_rows() == len(table)
    assert scope.people() + issues.get("duplicate_rows", 0) + rejected == len(table)


distinct_people = st.lists(
    st.tuples(
        st.sampled_from(["ins-a", "ins-b", "", " ins-a"]),
        st.sampled_from([*_COUNTRY, "XX", "", "F"]),
        st.sampled_from(["CA", "US-TX", "", "ZZ"]),
        st.sampled_from(["2010-05-01", "1980-12-31", "", "31/12/80", "1870-01-01"]),
        st.sampled_from(["1", "0", "", "no", "x@example.org"]),
        st.sampled_from(["fr", "EN", "", "zz9", None]),
    ),
    max_size=40,
)


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(distinct_people)
def test_grouped_counts_equal_counts_person_by_person(
    table: list[tuple[str, str, str, str, str, str | None]],
) -> None:
    """Where no id repeats, groups of equal rows count what each person counts.

    The same rows, people and problems per combination of facts, on the fast path (rows
    grouped on their values) and on the exact one (person by person).
    """
    full = [
        (f"p{i}", c, k, s, b, lang, None, "1", e, "1")
        for i, (c, k, s, b, e, lang) in enumerate(table)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = write_csv(Path(tmp) / "m.csv", full)
        engine = DuckDBEngine()
        query = prepare(engine, path, MAPPING, on=ON)
        grouped = counted(engine, attrs.evolve(query, merge_duplicates=False), path)
        each = counted(engine, attrs.evolve(query, merge_duplicates=True), path)
        engine.close()
    assert sorted(map(repr, grouped.rows)) == sorted(map(repr, each.rows))
