"""The scoping benchmark runs end to end on a small table (CI's version of the 33 M run)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("duckdb")
pytest.importorskip("pandas")

pytestmark = pytest.mark.slow

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_scoping.py"


def test_the_benchmark_measures_every_figure(tmp_path: Path) -> None:
    cmd = [
        sys.executable, str(BENCH), "--rows", "5000", "--pandas-rows", "2000",
        "--spark-rows", "0", "--data", str(tmp_path), "--json",
    ]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=600)
    results = json.loads(done.stdout.splitlines()[-1])
    assert results["rows"] == 5000
    for key in ("floor_groupby", "scope_counts", "floor_write", "scope_manifest", "pandas"):
        assert results[key]["seconds"] > 0
        assert results[key]["peak_mib"] > 0
    assert (tmp_path / "members-5000.parquet").exists()
