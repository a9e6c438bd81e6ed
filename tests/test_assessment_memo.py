"""Scope and routing are reused for incidents equal in the fields they read, and only those.

``assess`` keeps the results of ``check_scope`` and ``route_authorities`` keyed by the
fields named in ``assessment.SCOPE_INPUTS`` and ``ROUTING_INPUTS``. These tests record
every attribute the two functions read on real incidents: a rule that starts reading
another field fails here until the key names it too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

from breachmodel.assessment import assess
from breachmodel.bulk import iter_incidents
from breachmodel.model import Incident
from breachmodel.regimes.gdpr._regime import ROUTING_INPUTS, SCOPE_INPUTS
from breachmodel.regimes.gdpr.authority import route_authorities
from breachmodel.regimes.gdpr.scope import check_scope
from breachmodel.serialization import load

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


class _Recorder:
    """Stands for an object and records the attributes read on it (one level deep)."""

    def __init__(self, target: object, seen: set[str], prefix: str = "") -> None:
        self._target, self._seen, self._prefix = target, seen, prefix

    def __getattr__(self, name: str) -> Any:
        self._seen.add(self._prefix + name)
        value = getattr(self._target, name)
        if name == "controller":
            return _Recorder(value, self._seen, "controller.")
        return value


def _incidents() -> list[Incident]:
    found = [
        load(p) for p in sorted((ROOT / "examples").glob("*.json")) if "processor" not in p.name
    ]
    found += [r.incident for r in iter_incidents(DATA / "vcdb_sample.jsonl") if r.incident]
    found += [r.incident for r in iter_incidents(DATA / "hhs_sample.csv") if r.incident]
    return found


@pytest.mark.parametrize(
    ("rule", "inputs"), [(check_scope, SCOPE_INPUTS), (route_authorities, ROUTING_INPUTS)]
)
def test_the_rules_read_only_the_fields_their_key_names(rule: Any, inputs: frozenset[str]) -> None:
    seen: set[str] = set()
    for incident in _incidents():
        assert rule(_Recorder(incident, seen)) == rule(incident)
    unkeyed = {name for name in seen if name.split(".")[0] not in inputs}
    assert not unkeyed, f"{rule.__name__} reads {sorted(unkeyed)}: add them to its key"


def test_reused_results_are_those_computed_afresh() -> None:
    for incident in _incidents():
        again = attrs.evolve(incident, id=incident.id + "-again")
        first, second = assess(incident), assess(again)
        assert second.routing == route_authorities(again) == first.routing
        assert second.determinations == first.determinations
