"""Lawyer-readable UK scenarios: ``tests/scenarios/uk_gdpr/*.toml`` (UK GDPR and PECR).

The same format as the GDPR scenarios (see ``test_scenarios.py``), for the determinations
of the ``uk_gdpr`` and ``pecr`` regimes (and the ``eprivacy`` regime's, which answers
for a UK provider's breach before 2021), plus ``[expected_overlaps]``: ``yielding`` ->
``prevailing`` obligation keys. Each regime is run as the assessment runs it (the
overlaps both declare, then ``determine_yielding`` with those that name it as yielding,
then every clock judged once at ``as_of``). The expectations were written
from the UK GDPR, PECR, the ICO's guidance and the law pages, not by running the code.
"""

from __future__ import annotations

import functools
from datetime import datetime
from pathlib import Path

import attrs

from breachmodel.determination import Determination, Outcome
from breachmodel.regimes._base import Regime
from breachmodel.regimes.eprivacy import REGIME as EPRIVACY
from breachmodel.regimes.pecr import REGIME as PECR
from breachmodel.regimes.uk_gdpr import REGIME as UK_GDPR
from breachmodel.serialization import from_data
from scenario_kit import (
    COMMON_KEYS,
    assert_none,
    each,
    files,
    incident_data,
    load,
    readable_problems,
)

FILES = files("uk_gdpr")
REGIMES: tuple[Regime, ...] = (UK_GDPR, PECR, EPRIVACY)
_KEYS = COMMON_KEYS | {"unknown_fields", "expected", "expected_due", "expected_status"}
_KEYS |= {"expected_open"}
_KEYS |= {"expected_missing", "expected_cites", "expected_overlaps", "expected_recipients"}


@functools.cache
def assessed(path: Path) -> tuple[dict[str, Determination], set[tuple[str, str]]]:
    """Every determination of the UK regimes, judged at ``as_of``, and the overlaps."""
    scenario = load(path)
    incident = from_data(incident_data(scenario), source=path.name)
    as_of = datetime.fromisoformat(scenario["as_of"])
    declared = tuple(o for r in REGIMES for o in r.overlaps(incident))
    found: dict[str, Determination] = {}
    for regime in REGIMES:
        yielding = tuple(o for o in declared if o.yielding.regime == regime.id)
        dets, _ = regime.determine_yielding(incident, None, yielding)
        for d in dets:
            found[d.id] = d if d.clock is None else attrs.evolve(d, status=d.clock.judge(as_of))
    return found, {(str(o.yielding), str(o.prevailing)) for o in declared}


def _problems(path: Path) -> list[str]:
    scenario = load(path)
    dets, overlaps = assessed(path)
    out: list[str] = []
    for det_id, outcome in scenario["expected"].items():
        if dets[det_id].outcome.value != outcome:
            out.append(f"{det_id}: outcome {dets[det_id].outcome.value}, expected {outcome}")
    for det_id, due in scenario.get("expected_due", {}).items():
        actual = dets[det_id].deadline.due if dets[det_id].deadline else None
        if due == "undetermined" and actual is not None:
            out.append(f"{det_id}: due {actual}, expected undetermined")
        elif due != "undetermined" and actual != datetime.fromisoformat(due):
            out.append(f"{det_id}: due {actual}, expected {due}")
    for det_id, status in scenario.get("expected_status", {}).items():
        actual_status = dets[det_id].status.status.value if dets[det_id].status else None
        if actual_status != status:
            out.append(f"{det_id}: status {actual_status}, expected {status}")
    for det_id, paths in scenario.get("expected_missing", {}).items():
        if [m.path for m in dets[det_id].missing_facts] != paths:
            out.append(f"{det_id}: missing {[m.path for m in dets[det_id].missing_facts]}")
    for det_id, paths in scenario.get("expected_open", {}).items():
        listed = [m.path for m in dets[det_id].open_questions]
        out += [f"{det_id}: open question {p} not in {listed}" for p in paths if p not in listed]
    for det_id, wanted in scenario.get("expected_cites", {}).items():
        cited = [str(c) for c in dets[det_id].citations]
        out += [f"{det_id}: {c} not cited ({cited})" for c in wanted if c not in cited]
    for det_id, recipients in scenario.get("expected_recipients", {}).items():
        if list(dets[det_id].recipients) != recipients:
            out.append(f"{det_id}: recipients {dets[det_id].recipients}, expected {recipients}")
    wanted_overlaps = set(scenario.get("expected_overlaps", {}).items())
    if wanted_overlaps != overlaps:
        out.append(f"overlaps {sorted(overlaps)}, expected {sorted(wanted_overlaps)}")
    return [f"{path.name}: {p}" for p in out]


@each(FILES)
def test_uk_scenario(path: Path) -> None:
    assert_none(_problems(path))


@each(FILES)
def test_uk_scenario_is_readable(path: Path) -> None:
    assert_none(readable_problems(path, _KEYS))
    assert set(load(path)["expected"].values()) <= {o.value for o in Outcome}


def test_every_uk_determination_and_outcome_is_pinned() -> None:
    produced = {d for path in FILES for d in assessed(path)[0]}
    pinned = {d for path in FILES for d in load(path)["expected"]}
    assert produced <= pinned, sorted(produced - pinned)
    seen = {o for path in FILES for o in load(path)["expected"].values()}
    assert seen == {o.value for o in Outcome}, sorted({o.value for o in Outcome} - seen)


def test_the_uk_example_is_a_scenario() -> None:
    assert "examples/uk-insurer.json" in {load(p).get("example") for p in FILES}
