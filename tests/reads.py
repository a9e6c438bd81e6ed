"""What a rule reads of an incident: a recorder, and the sample incidents to run it on.

Results kept by key (scope, routing, regimes' pre-filters) are only right if the rule
reads nothing outside its key: these helpers let a test record every attribute read.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from breachmodel.bulk import iter_incidents
from breachmodel.errors import BreachModelError
from breachmodel.model import Incident
from breachmodel.serialization import from_data, load

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


class Recorder:
    """Stands for an incident and records the attributes read on it, two levels deep.

    ``controller.establishments`` is recorded as such (and ``controller`` with it); an
    attribute of a nested model object is recorded under its parent's path.
    """

    def __init__(self, target: object, seen: set[str], prefix: str = "") -> None:
        self._target, self._seen, self._prefix = target, seen, prefix

    def __eq__(self, other: object) -> bool:
        """Equal to what it stands for, so a result that kept it compares as the real one."""
        return bool(self._target == (other._target if isinstance(other, Recorder) else other))

    def __hash__(self) -> int:
        return hash(self._target)

    def __getattr__(self, name: str) -> Any:
        path = self._prefix + name
        self._seen.add(path)
        value = getattr(self._target, name)
        if not self._prefix and attrs.has(type(value)):
            return Recorder(value, self._seen, path + ".")
        return value


def recorder(target: object, seen: set[str]) -> Any:
    """A :class:`Recorder` of ``target``, typed to pass where the target is expected."""
    return Recorder(target, seen)


def uncovered(seen: Iterable[str], inputs: frozenset[str]) -> set[str]:
    """The paths read that ``inputs`` does not cover.

    A path is covered by itself or by a path it lies under; a parent read only to reach
    one of the inputs (``controller`` for ``controller.establishments``) is covered too.
    """

    def covered(path: str) -> bool:
        parts = path.split(".")
        if any(".".join(parts[:i]) in inputs for i in range(1, len(parts) + 1)):
            return True
        return any(i.startswith(path + ".") for i in inputs)

    return {p for p in seen if not covered(p)}


def _scenario(path: Path) -> Incident | None:
    spec = tomllib.loads(path.read_text(encoding="utf-8"))
    if "example" in spec:
        data = json.loads((ROOT / spec["example"]).read_text(encoding="utf-8"))
        data.update(spec.get("overrides", {}))
    elif "incident" in spec:
        data = {"schema_version": "1.0", **spec["incident"]}
    else:
        return None
    try:
        return from_data(data, source=path.name)
    except BreachModelError:
        return None


@cache
def sample_incidents() -> tuple[Incident, ...]:
    """The examples, the VCDB and HHS samples and every scenario's incident."""
    found = [
        load(p) for p in sorted((ROOT / "examples").glob("*.json")) if "processor" not in p.name
    ]
    found += [r.incident for r in iter_incidents(DATA / "vcdb_sample.jsonl") if r.incident]
    found += [r.incident for r in iter_incidents(DATA / "hhs_sample.csv") if r.incident]
    scenarios = (_scenario(p) for p in sorted((ROOT / "tests" / "scenarios").rglob("*.toml")))
    found += [s for s in scenarios if s is not None]
    return tuple(found)
