"""Package hygiene: no clock reads, sorted exports."""

from __future__ import annotations

import re
from pathlib import Path

from breachmodel import clocks

PACKAGE = Path(clocks.__file__).parent


def test_the_package_never_reads_the_clock() -> None:
    pattern = re.compile(r"\bnow\(|\btoday\(|\btime\.time\b|\btime\.monotonic\b|utcnow")
    sources = sorted(PACKAGE.rglob("*.py"))
    assert sources, "no sources found"
    offenders = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sources
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []


def _isort_key(name: str) -> tuple[int, str]:
    # The order ruff (RUF022) keeps: CONSTANTS, then Classes, then functions.
    if name.isupper():
        return (0, name)
    return (1, name) if name[0].isupper() else (2, name)


def test_all_is_sorted_and_complete() -> None:
    assert list(clocks.__all__) == sorted(clocks.__all__, key=_isort_key)
    assert "Anchor" in clocks.__all__
    for name in clocks.__all__:
        assert hasattr(clocks, name), name
