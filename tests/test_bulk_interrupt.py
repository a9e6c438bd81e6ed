"""An interrupted bulk run stops its workers, writes no half file and says how far it got.

These tests run the command in a real subprocess and send it real signals.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from breachmodel.cli import main

MINIMAL = Path(__file__).parent / "data" / "valid" / "minimal.json"
RECORDS = 20_000

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="finds child processes through /proc"
)


def _jsonl(tmp_path: Path, n: int) -> Path:
    line = json.dumps(json.loads(MINIMAL.read_text(encoding="utf-8")))
    path = tmp_path / "incidents.jsonl"
    path.write_text((line + "\n") * n, encoding="utf-8")
    return path


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start(src: Path, out: Path, *extra: str) -> tuple[subprocess.Popen[str], set[int]]:
    """Start a two-process bulk run; return once rows are being written."""
    command = [sys.executable, "-m", "breachmodel", "assess", str(src), "-o", str(out)]
    proc = subprocess.Popen(
        [*command, "--processes", "2", "--no-progress", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        children = _children(proc.pid)
        writing = [p for p in out.parent.glob(f".{out.name}.*.tmp") if p.stat().st_size]
        if writing and children:
            return proc, children
        time.sleep(0.05)
    proc.kill()
    pytest.fail(f"the run never started writing: {proc.communicate()}")


@pytest.mark.parametrize(
    ("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["INT", "TERM"]
)
def test_a_signal_stops_the_workers_and_writes_nothing_half_done(
    tmp_path: Path, signum: int, status: int
) -> None:
    src = _jsonl(tmp_path, RECORDS)
    out = tmp_path / "rows.jsonl"
    proc, children = _start(src, out)
    proc.send_signal(signum)
    _stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == status, stderr
    assert "Traceback" not in stderr
    done = re.search(r"^interrupted after ([\d,]+) of 20,000 records", stderr, re.MULTILINE)
    assert done, stderr
    assert 0 < int(done.group(1).replace(",", "")) < RECORDS
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["incidents.jsonl"]
    assert not [c for c in children if _alive(c)], "a worker process outlived the run"


def test_keep_partial_keeps_the_rows_written_in_a_marked_file(tmp_path: Path) -> None:
    src = _jsonl(tmp_path, RECORDS)
    out = tmp_path / "rows.jsonl"
    proc, children = _start(src, out, "--keep-partial")
    proc.send_signal(signal.SIGTERM)
    _stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 143, stderr
    partial = tmp_path / "rows.jsonl.partial"
    assert f"the rows written so far are in {partial}" in stderr
    assert not out.exists()
    rows = partial.read_text(encoding="utf-8").splitlines()
    done = re.search(r"interrupted after ([\d,]+) of", stderr)
    assert done
    assert len(rows) == int(done.group(1).replace(",", ""))
    assert all(json.loads(r)["status"] == "full" for r in rows)
    assert not [c for c in children if _alive(c)]


def test_a_complete_run_renames_its_output_into_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _jsonl(tmp_path, 3)
    out = tmp_path / "rows.csv"
    out.write_text("old content\n", encoding="utf-8")
    assert main(["assess", str(src), "--format", "csv", "-o", str(out), "--no-progress"]) == 0
    assert "3 incidents" in capsys.readouterr().err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["incidents.jsonl", "rows.csv"]


def test_a_failed_run_leaves_the_previous_output_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "bad.csv"
    src.write_text("not,the,portal,columns\n1,2,3,4\n", encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    assert main(["assess", str(src), "-o", str(out), "--no-progress"]) == 1
    assert "not an HHS portal export" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "rows.jsonl"]


def test_the_output_gets_the_usual_permissions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    src = _jsonl(tmp_path, 1)
    out = tmp_path / "rows.jsonl"
    assert main(["assess", str(src), "-o", str(out), "--no-progress"]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    capsys.readouterr()
