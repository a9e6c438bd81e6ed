"""The manifest's text columns written as typed dictionaries: the same rows, the same text.

With DuckDB, the manifest's low-cardinality text columns (countries, languages, channels,
element sets, the duties' columns) are typed as ENUMs of every value they can take, which
its Parquet writer stores as a dictionary without hashing each row's text. Reading the
files back must give exactly what writing them as plain text gives.
"""

from __future__ import annotations

import logging
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("duckdb")

from breachmodel.citations import gdpr
from breachmodel.determination import Determination, Outcome
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.scoping import DuckDBEngine, _manifest, obligation_rows
from breachmodel.scoping._count import prepare
from breachmodel.scoping._manifest import write_manifest_rows
from breachmodel.scoping._sql import SPARK
from scoping_tables import MAPPING, ROWS, write_csv

ON = date(2024, 2, 2)
Rows = list[tuple[object, ...]]


class _Assessed:
    def __init__(self, *dets: Determination) -> None:
        self.dets = dets

    def obligations(self, duty: Duty) -> tuple[Determination, ...]:
        return self.dets if duty is Duty.INFORM_INDIVIDUALS else ()


def _duty(regime: str, recipient: str, title: str) -> Determination:
    return Determination(
        id=f"{regime}.tell",
        title=title,
        outcome=Outcome.REQUIRED,
        legal_basis=(gdpr(34, 1),),
        key=ObligationKey(regime, Duty.INFORM_INDIVIDUALS, recipient),
        recipients=(recipient,),
    )


_ASSESSED: Any = {
    "ins-a": _Assessed(_duty("gdpr", "data_subjects", "Tell them: the controller's duty")),
    "ins-b": _Assessed(
        _duty("gdpr", "data_subjects", "Tell them"),
        _duty("a_state_law", "residents-US-CA", "Tell the residents, « vite »"),
    ),
}
DUTIES = obligation_rows(_ASSESSED)


def _read(folder: Path) -> Rows:
    if not list(folder.glob("**/*.parquet")):  # nobody to write to
        return []
    engine = DuckDBEngine()
    try:
        found = engine.rows(
            f"SELECT * FROM read_parquet('{folder}/**/*.parquet', hive_partitioning = true)"
        )
        types = engine.rows(
            f"SELECT name, type, logical_type FROM parquet_schema('{folder}/**/*.parquet')"
        )
    finally:
        engine.close()
    return sorted(found, key=repr) + sorted(set(types), key=repr)


class _Fallbacks(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append(record.getMessage())


def _both(table: Path, work: Path, fallback: bool = False) -> tuple[Rows, Rows]:
    """The manifest read back, written (1) as this library writes it (2) as plain text.

    Unless ``fallback`` is expected, the typed write must not have fallen back to text.
    """
    seen = _Fallbacks()
    _manifest._logger.addHandler(seen)
    try:
        typed, plain = _write_both(table, work)
    finally:
        _manifest._logger.removeHandler(seen)
    assert bool(seen.seen) is fallback, seen.seen
    return typed, plain


def _write_both(table: Path, work: Path) -> tuple[Rows, Rows]:
    results: list[Rows] = []
    for typed in (True, False):
        engine = DuckDBEngine()
        query = prepare(engine, table, MAPPING, on=ON)
        out = work / f"typed-{typed}"
        if typed:
            write_manifest_rows(engine, query, DUTIES, out)
        else:
            engine.register(
                "breachmodel_obligations", _manifest._COLUMNS, [d.values() for d in DUTIES]
            )
            _manifest._write(engine, query, out, "parquet", {})
        engine.close()
        results.append(_read(out))
    return results[0], results[1]


def test_the_reference_rows_read_back_the_same(tmp_path: Path) -> None:
    typed, plain = _both(write_csv(tmp_path / "m.csv", ROWS), tmp_path)
    assert typed == plain
    assert any(row[0] == "p1" for row in typed)  # the merged duplicate is there


rows = st.lists(
    st.tuples(
        st.sampled_from(["p1", "p2", "p3", "", " p1 "]),
        st.sampled_from(["ins-a", "ins-b", ""]),
        st.sampled_from(["FR", "fr", " BE ", "EL", "US", "XX", ""]),
        st.sampled_from(["CA", "US-NY", "", "ZZ"]),
        st.sampled_from(["2010-05-01", "1980-12-31", "", "31/12/80"]),
        st.sampled_from(["fr", "de", "", "o'c", "zz9"]),
        st.sampled_from(["beneficiaries", "employees", "", "aliens"]),
        st.sampled_from(["1", "0", "", "yes"]),
        st.sampled_from(["", "x@example.org"]),
        st.sampled_from(["1", "0", ""]),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows)
def test_typed_and_plain_manifests_hold_the_same_rows(table: list[tuple[str, ...]]) -> None:
    # Merged duplicates (the union of their elements and channels), rejected rows and
    # invalid values of every column: whatever the table, the same rows and column types.
    with tempfile.TemporaryDirectory() as work:
        path = write_csv(Path(work) / "m.csv", table)
        typed, plain = _both(path, Path(work))
    assert typed == plain


def test_a_value_outside_a_domain_falls_back_to_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    table = write_csv(tmp_path / "m.csv", ROWS)
    real = _manifest._domains

    def short(*args: object) -> dict[str, tuple[str, ...]]:
        found = real(*args)  # type: ignore[arg-type]
        return {**found, "country": tuple(c for c in found["country"] if c != "FR")}

    monkeypatch.setattr(_manifest, "_domains", short)
    with caplog.at_level(logging.WARNING, logger="breachmodel"):
        typed, plain = _both(table, tmp_path, fallback=True)
    assert typed == plain
    assert "written as text" in caplog.text
    assert "FR" not in caplog.text  # no value in the log
    assert "p1" not in caplog.text


def test_element_sets_cover_every_union_in_the_mapping_order() -> None:
    assert _manifest._element_sets(["a", "b"]) == {"", "a", "b", "a,b"}
    assert _manifest._element_sets([f"e{i}" for i in range(13)]) == set()  # too many: text
    assert SPARK.dictionary is None  # Spark writes text as it is
