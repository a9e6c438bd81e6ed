"""The screen for repeated person ids: it may send a clean table down the slow exact path,
never a table with a repeated person down the fast one.

The screen hashes each (controller, person id) pair as it is and counts the rows against
their distinct hashes. Distinct hashes prove distinct pairs; a shared hash (a repeat, or
two pairs that merely collide) sends the counts down the exact merge on the trimmed ids.
These tests use typed Parquet tables (booleans, dates), as the benchmark does, beside the
text-only CSV tables of the other scoping tests.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("duckdb")

from breachmodel.scoping import ColumnMapping, DuckDBEngine, Scope, count_people
from breachmodel.scoping._count import counted, prepare
from breachmodel.scoping._sql import DUCKDB, ScopeQuery

ON = date(2024, 2, 2)

MAPPING = ColumnMapping(
    person_id="member",
    controller_id="insurer",
    country="country",
    birth_date="born",
    channels={"postal": "has_address", "email": "email"},
    elements={"national_id": "nir", "health": "health"},
    default_kind="insured_persons",
)

Row = tuple[str | None, str | None, str | None, date | None, bool | None, str | None, bool, str]
"""member, insurer, country, born, has_address, email, nir (boolean), health (text flag)."""


def _parquet(path: Path, rows: Sequence[Row]) -> Path:
    """A typed Parquet table: booleans and dates as such, as an export would give them."""
    engine = DuckDBEngine()
    con = engine.con
    con.execute(
        "CREATE TABLE t (member VARCHAR, insurer VARCHAR, country VARCHAR, born DATE, "
        "has_address BOOLEAN, email VARCHAR, nir BOOLEAN, health VARCHAR)"
    )
    if rows:
        con.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [list(r) for r in rows])
    con.execute(f"COPY t TO '{path}' (FORMAT PARQUET)")
    engine.close()
    return path


def _row(member: str | None, insurer: str | None = "ins-a", country: str = "FR") -> Row:
    return (member, insurer, country, date(1980, 1, 1), True, None, True, "no")


def _prepared(path: Path) -> tuple[DuckDBEngine, ScopeQuery]:
    engine = DuckDBEngine()
    return engine, prepare(engine, path, MAPPING, on=ON)


def _screens(engine: DuckDBEngine, query: ScopeQuery) -> list[tuple[int, int]]:
    """The quick screen's figures, hashes sorted and hashes counted."""
    out = []
    for sort in (True, False):
        q = attrs.evolve(query, dialect=attrs.evolve(DUCKDB, sort_to_screen=sort))
        ((unsure, repeats),) = engine.rows(q.quick_screen())
        out.append((int(unsure or 0), int(repeats or 0)))
    return out


def test_a_repeated_id_within_a_controller_is_found(tmp_path: Path) -> None:
    rows = [_row("p1"), _row("p2"), _row("p1", country="BE"), _row("p1", insurer="ins-b")]
    path = _parquet(tmp_path / "m.parquet", rows)
    engine, query = _prepared(path)
    assert query.merge_duplicates  # the screen saw the repeat
    assert _screens(engine, query) == [(0, 1), (0, 1)]
    scope = counted(engine, query, path)
    engine.close()
    assert scope.people("ins-a") == 2  # p1 (twice, in two countries) and p2
    assert scope.people("ins-b") == 1  # the same id at another controller: another person
    assert scope.issues()["duplicate_rows"] == 1
    assert scope.by("country", "ins-a") == {"BE": 1, "FR": 1}  # p1 counted once


def test_ids_a_weak_key_would_confuse_stay_distinct(tmp_path: Path) -> None:
    """Ids equal only once cast to a number, lower-cased, stripped of inner spaces, or
    glued to their controller without a separator are different people."""
    ids = ["007", "7", "AB1", "ab1", "A B", "AB", "1-2"]
    rows = [_row(i) for i in ids] + [_row("-2", insurer="ins-a1")]  # "ins-a"+"1-2"
    path = _parquet(tmp_path / "m.parquet", rows)
    engine, query = _prepared(path)
    assert not query.merge_duplicates  # no repeat: the fast path
    assert query.ids_complete
    assert _screens(engine, query) == [(0, 0), (0, 0)]
    scope = counted(engine, query, path)
    engine.close()
    assert scope.people("ins-a") == len(ids)
    assert scope.people("ins-a1") == 1
    assert scope.issues().get("duplicate_rows", 0) == 0


def test_a_padded_id_is_the_same_person_as_the_trimmed_one(tmp_path: Path) -> None:
    rows = [_row("p1"), _row(" p1"), _row("p2 "), _row("p2", insurer=" ins-a"), _row("p3")]
    path = _parquet(tmp_path / "m.parquet", rows)
    engine, query = _prepared(path)
    assert query.merge_duplicates  # padding cannot be trusted to the hash
    assert _screens(engine, query) == [(3, 0), (3, 0)]  # three padded rows: unsure
    scope = counted(engine, query, path)
    engine.close()
    assert scope.people() == 3
    assert scope.issues()["duplicate_rows"] == 2


def test_a_missing_id_keeps_the_fast_path_but_reads_the_ids(tmp_path: Path) -> None:
    rows = [_row("p1"), _row(None), _row(""), _row("p2")]
    path = _parquet(tmp_path / "m.parquet", rows)
    engine, query = _prepared(path)
    assert not query.merge_duplicates
    assert not query.ids_complete
    scope = counted(engine, query, path)
    engine.close()
    assert scope.people() == 2
    assert scope.issues()["rejected_rows"] == 2
    assert scope.issues()["missing_person_id"] == 2


def test_a_weak_hash_only_costs_time(tmp_path: Path) -> None:
    """With a hash that gives every pair the same value, every table looks repeated:
    the counts go down the exact path and come out the same."""
    rows = [_row("p1"), _row("p2"), _row("p3", insurer="ins-b")]
    path = _parquet(tmp_path / "m.parquet", rows)
    engine, query = _prepared(path)
    for sort in (True, False):
        dialect = attrs.evolve(DUCKDB, hash64=lambda _e: "42", sort_to_screen=sort)
        weak = attrs.evolve(query, dialect=dialect)
        assert engine.rows(weak.quick_screen()) == [(0, 2)]  # three pairs, one hash
        assert engine.rows(weak.screen()) == [(2, 0)]
    exact = counted(engine, attrs.evolve(query, merge_duplicates=True), path)
    fast = counted(engine, query, path)
    engine.close()
    assert sorted(map(repr, exact.rows)) == sorted(map(repr, fast.rows))
    assert exact.people() == 3


def test_an_empty_table(tmp_path: Path) -> None:
    path = _parquet(tmp_path / "m.parquet", [])
    scope = count_people(path, MAPPING, on=ON)
    assert scope.people() == 0
    assert scope.total_rows() == 0


def _people(scope: Scope) -> Counter[tuple[object, ...]]:
    """People per combination of facts (rejected rows left out)."""
    found: Counter[tuple[object, ...]] = Counter()
    for r in scope.rows:
        if r.people:
            key = (r.controller_id, r.kind, r.country, r.subdivision, r.elements, r.minor)
            found[(*key, r.channel, r.channels, r.language)] += r.people
    return found


typed_rows = st.lists(
    st.tuples(
        st.sampled_from(["p1", "p2", "p3", "p4", "p5", "", None]),
        st.sampled_from(["ins-a", "ins-b", "", None]),
        st.sampled_from(["FR", "fr", "XX", "", None]),
        st.sampled_from([date(2010, 5, 1), date(1980, 12, 31), date(2030, 1, 1), None]),
        st.sampled_from([True, False, None]),
        st.sampled_from(["x@example.org", "no", "", " ", None]),
        st.booleans(),
        st.sampled_from(["1", "0", "yes", "", None]),
    ),
    max_size=25,
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(typed_rows)
def test_every_path_counts_alike(table: list[Row]) -> None:
    """The path the screen picks, the grouped path reading the ids, and the exact merge
    give the same counts of a typed table, whatever its repeats, missing ids and values.
    """
    with tempfile.TemporaryDirectory() as tmp:
        path = _parquet(Path(tmp) / "m.parquet", table)
        engine, query = _prepared(path)
        sorted_screen, counted_screen = _screens(engine, query)
        chosen = counted(engine, query, path)
        exact = counted(engine, attrs.evolve(query, merge_duplicates=True), path)
        paths = [chosen, exact]
        if not query.merge_duplicates:
            reading = attrs.evolve(query, ids_complete=False)
            paths.append(counted(engine, reading, path))
        engine.close()
    expected = _people(exact)
    for got in paths:
        # Rejected rows (no id or no controller) are no one's: the exact merge may join
        # two of them that share an id, so only their totals are compared.
        assert _people(got) == expected
        assert got.issues() == exact.issues()
        assert got.total_rows() == len(table)
    pairs = {(m.strip(), c.strip()) for m, c, *_r in table if m and c and m.strip() and c.strip()}
    identified = sum(1 for m, c, *_r in table if m and c)
    assert chosen.people() == len(pairs)
    assert query.merge_duplicates == (len(pairs) < identified)
    assert sorted_screen == counted_screen == (len(table) - identified, identified - len(pairs))
