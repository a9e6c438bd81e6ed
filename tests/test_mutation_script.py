"""scripts/mutation: its module table, its annotation filter, and a small run from a clone."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from script_kit import load_script

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "mutation"


def _session_module() -> ModuleType:
    return load_script("mutation_session")


def test_every_listed_module_and_test_exists() -> None:
    listed = subprocess.run(
        [str(SCRIPT), "--list"], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout.splitlines()
    assert "src/breachmodel/regimes/gdpr/art34.py = tests/rules/test_gdpr_art34.py" in listed
    assert len(listed) >= 10
    for line in listed:
        module, tests = line.split(" = ")
        assert (ROOT / module).is_file(), module
        assert all((ROOT / t).exists() for t in tests.split()), tests


def test_an_unknown_option_prints_the_usage_and_fails() -> None:
    done = subprocess.run(
        [str(SCRIPT), "--nope"], check=False, capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 2
    assert "scripts/mutation MODULE=TESTS" in done.stderr


def test_annotation_spans_cover_signatures_only_under_postponed_evaluation() -> None:
    spans = _session_module().annotation_spans
    source = (
        "from __future__ import annotations\n"
        "X: int | None = None\n"
        "def f(a: int | None, *, b: str = 'é') -> tuple[int, str | None]:\n"
        "    c: int | str = a or 0\n"
        "    return c | 1, b\n"
    )
    assert spans(source) == [
        ((3, 9), (3, 19)),  # a: int | None
        ((3, 27), (3, 30)),  # b: str
        ((3, 41), (3, 63)),  # -> tuple[int, str | None], in characters ("é" is two bytes)
        ((4, 7), (4, 16)),  # c: int | str (local)
    ]
    # The module-level annotation and the `c | 1` expression are not in any span; and
    # without `from __future__ import annotations` annotations are evaluated: no span.
    assert spans(source.split("\n", 1)[1]) == []


def test_the_sample_interval_is_wilson() -> None:
    interval = _session_module()._interval
    assert interval(90, 100) == ", 95 % interval 82.6-94.5 %"
    assert interval(100, 100) == ", 95 % interval 96.3-100.0 %"


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("cosmic_ray") is None, reason="needs the `mutation` extra"
)
@pytest.mark.skipif(shutil.which("git") is None, reason="clones the repository with git")
def test_a_small_sampled_run_from_a_fresh_clone(tmp_path: Path) -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    env = {
        **os.environ,
        "MUTATION_OUT": str(tmp_path),
        "MUTATION_PYTHON": sys.executable,
        "MUTATION_SAMPLE": "2",
    }
    module = "src/breachmodel/regimes/eprivacy/rules.py"
    subprocess.run(
        [str(SCRIPT), f"{module}=tests/rules/test_eprivacy_reg611.py"],
        check=True,
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=600,
    )
    report = (tmp_path / "eprivacy_rules.txt").read_text(encoding="utf-8")
    assert report.startswith("mutants 6: run 2, killed ")
    assert "not sampled; pending 0; score " in report.splitlines()[0]
    summary = (tmp_path / "summary.txt").read_text(encoding="utf-8")
    assert summary.startswith("commit ")
    assert f"{module} (tests/rules/test_eprivacy_reg611.py):" in summary
