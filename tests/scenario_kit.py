"""What every scenario test module shares: reading a scenario, its incident, readability.

A scenario is a TOML file under ``tests/scenarios/<regime>/``: a comment header saying it is
illustrative and naming its sources, then ``title``, ``facts``, ``relies_on``, ``as_of``,
the incident (``[incident]``, or ``example`` with ``overrides``) and the expectations. A
regime's scenario module reads them with :func:`load` and :func:`incident_of` and checks
each is readable with :func:`readable_problems`; only its expectations are its own.
"""

from __future__ import annotations

import functools
import json
import tomllib
from collections.abc import Set
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from breachmodel.model import Incident
from breachmodel.serialization import from_data

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "tests" / "scenarios"

COMMON_KEYS = frozenset(
    {"title", "facts", "relies_on", "as_of", "incident", "example", "overrides", "options"}
)
"""The keys every scenario may have besides its expectations."""


def each(paths: list[Path]) -> pytest.MarkDecorator:
    """Run a test once per scenario file, named ``<regime>/<file>``."""
    return pytest.mark.parametrize("path", paths, ids=lambda p: f"{p.parent.name}/{p.name}")


def files(*regimes: str) -> list[Path]:
    """The scenario files of these regimes' folders, sorted."""
    return sorted(p for regime in regimes for p in (SCENARIOS / regime).glob("*.toml"))


@functools.cache
def load(path: Path) -> dict[str, Any]:
    """The parsed scenario."""
    with path.open("rb") as f:
        return tomllib.load(f)


def incident_data(scenario: dict[str, Any]) -> dict[str, Any]:
    """The incident file the scenario describes, with its schema version."""
    if "example" in scenario:
        data: dict[str, Any] = json.loads((ROOT / scenario["example"]).read_text("utf-8"))
        data.update(scenario.get("overrides", {}))
    else:
        data = {"schema_version": "1.0", **scenario["incident"]}
    for name in scenario.get("unknown_fields", []):
        data[name] = None
    return data


def incident_of(path: Path) -> Incident:
    """The scenario's incident, loaded as a user's file would be."""
    return from_data(incident_data(load(path)), source=path.name)


def as_of(path: Path) -> datetime:
    """The instant the scenario is judged at."""
    return datetime.fromisoformat(load(path)["as_of"])


def readable_problems(path: Path, keys: Set[str]) -> list[str]:
    """What keeps a lawyer from reading the scenario (empty: nothing)."""
    text = path.read_text("utf-8")
    scenario = load(path)
    header = text.split("\n\n", 1)[0].lower()
    checks = {
        "start with a comment block": text.startswith("#"),
        "the header must say it is illustrative": "illustrative" in header,
        "the header must name its sources": "source" in header,
        f"unknown keys {sorted(set(scenario) - keys)}": set(scenario) <= keys,
        "give a title": bool(str(scenario.get("title", "")).strip()),
        "describe the facts": len(str(scenario.get("facts", "")).split()) >= 15,
        "name the provisions relied on": bool(scenario.get("relies_on"))
        and all(isinstance(r, str) and r.strip() for r in scenario["relies_on"]),
        "give either [incident] or example": ("incident" in scenario) != ("example" in scenario),
        "overrides go with an example": "overrides" not in scenario or "example" in scenario,
        "as_of must be an aware instant": _aware(scenario.get("as_of")),
    }
    return [f"{path.name}: {problem}" for problem, ok in checks.items() if not ok]


def assert_none(problems: list[str]) -> None:
    """Fail with every problem found, one a line (a scenario's or the set's)."""
    assert not problems, "\n".join(problems)


def _aware(value: object) -> bool:
    try:
        return datetime.fromisoformat(str(value)).tzinfo is not None
    except ValueError:
        return False
