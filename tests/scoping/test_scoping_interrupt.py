"""An interrupted ``scope`` leaves its output folder as it was: never a partial run that
looks whole.

A run writes into a hidden staging folder, moves its products into the output folder at
the end and then writes the ``_SUCCESS`` marker. The signal tests run the command in a
real subprocess and send it real signals.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

from breachmodel.cli import main
from breachmodel.scoping.cli import MARKER
from breachmodel.scoping.synthetic import write_synthetic_members
from scoping_tables import SCOPED_AS_OF, SCOPED_INCIDENT, SYNTHETIC_MAPPING

CONTROLLERS = [("mutuelle-horizon", 2.0), ("escaut-assurances", 1.0)]


def _files(tmp_path: Path, rows: int) -> tuple[Path, Path]:
    table = write_synthetic_members(tmp_path / "m.parquet", rows, seed=5, controllers=CONTROLLERS)
    mapping = tmp_path / "mapping.toml"
    mapping.write_text(SYNTHETIC_MAPPING, encoding="utf-8")
    return table, mapping


def _argv(table: Path, mapping: Path, out: Path, *extra: str) -> list[str]:
    files = [SCOPED_INCIDENT, str(table), "--mapping", str(mapping)]
    return ["scope", *files, "-o", str(out), "--as-of", SCOPED_AS_OF, *extra]


def test_a_finished_run_ends_with_the_marker_and_replaces_the_last_one(tmp_path: Path) -> None:
    table, mapping = _files(tmp_path, 2_000)
    out = tmp_path / "out"
    assert main(_argv(table, mapping, out, "--csv")) == 0
    assert (out / MARKER).is_file()
    assert (out / "manifest-csv").is_dir()
    assert main(_argv(table, mapping, out)) == 0
    assert (out / MARKER).is_file()
    assert not (out / "manifest-csv").exists(), "a product of the earlier run was left"
    assert not list(out.glob(".partial-*"))


def test_an_output_folder_that_would_replace_an_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table, mapping = _files(tmp_path, 200)
    out = tmp_path / "out"
    (out / "manifest").mkdir(parents=True)
    inside = out / "manifest" / "m.parquet"
    table.rename(inside)
    assert main(_argv(inside, mapping, out)) == 2
    assert "would replace the input" in capsys.readouterr().err
    assert inside.is_file()


def _start(table: Path, mapping: Path, out: Path) -> subprocess.Popen[str]:
    """Start a run; return once it is writing into its staging folder."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "breachmodel", *_argv(table, mapping, out, "--csv")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not list(out.glob(".partial-*")):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run never started writing"
        time.sleep(0.02)
    time.sleep(0.3)
    return proc


@pytest.mark.parametrize(
    ("signum", "status", "word"),
    [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")],
)
def test_a_signal_leaves_no_partial_run_and_keeps_the_last_whole_one(
    signum: int, status: int, word: str, tmp_path: Path
) -> None:
    table, mapping = _files(tmp_path, 300_000)
    out = tmp_path / "out"
    proc = _start(table, mapping, out)
    proc.send_signal(signum)
    _stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == status, stderr
    assert stderr.rstrip().endswith(f"breachmodel scope: {word}"), stderr
    assert "Traceback" not in stderr
    assert list(out.iterdir()) == [], "an interrupted first run leaves the folder empty"
    # A whole run, then an interrupted one: the whole run stays, marker included.
    assert main(_argv(table, mapping, out)) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    proc = _start(table, mapping, out)
    proc.send_signal(signum)
    proc.communicate(timeout=120)
    assert proc.returncode == status
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert MARKER in before
    assert not list(out.glob(".partial-*"))
    assert table.is_file()
