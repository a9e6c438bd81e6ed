"""The same scoping query on Apache Spark (local mode): the same counts, the same manifest.

Skipped, saying why, where PySpark or a Java runtime is missing; CI installs both.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

pytest.importorskip("duckdb")
pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs a Java runtime (java is not on PATH)", allow_module_level=True)

from breachmodel.processor import load_any
from breachmodel.scoping import SparkEngine, count_people, scope_incident
from breachmodel.scoping.synthetic import SYNTHETIC_MAPPING, write_synthetic_members
from scoping_tables import MAPPING, ROWS, write_csv

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkEngine]:
    engine = SparkEngine(master="local[1]")
    yield engine
    engine.close()


def test_spark_counts_what_duckdb_counts(spark: SparkEngine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", ROWS)
    on = date(2024, 2, 2)
    got = count_people(path, MAPPING, on=on, engine=spark)
    expected = count_people(path, MAPPING, on=on)
    assert got.engine == "spark"
    assert sorted(map(repr, got.rows)) == sorted(map(repr, expected.rows))


def test_spark_writes_the_same_manifest(spark: SparkEngine, tmp_path: Path) -> None:
    pi = load_any("examples/viamedis-almerys-processor.json")
    controllers = [("mutuelle-horizon", 1.0), ("escaut-assurances", 1.0)]
    table = write_synthetic_members(tmp_path / "m.parquet", 500, seed=2, controllers=controllers)
    as_of = datetime(2024, 2, 2, 12, tzinfo=timezone(timedelta(hours=1)))
    on_spark = scope_incident(
        pi, table, SYNTHETIC_MAPPING, as_of=as_of, out=tmp_path / "spark", engine=spark
    )
    on_duckdb = scope_incident(pi, table, SYNTHETIC_MAPPING, as_of=as_of, out=tmp_path / "duckdb")
    assert on_spark.manifest is not None
    assert on_duckdb.manifest is not None
    assert on_spark.manifest.rows == on_duckdb.manifest.rows
    assert (
        on_duckdb.manifest.rows > 500
    )  # one GDPR letter each, and the US residents' state letters
    assert on_spark.manifest.letters == on_duckdb.manifest.letters
    assert sorted(map(repr, on_spark.scope.rows)) == sorted(map(repr, on_duckdb.scope.rows))
