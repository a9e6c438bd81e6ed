"""Lawyer-readable scenarios of the sector and national regimes: ``tests/scenarios/<id>/*.toml``
for NIS2, DORA, the LGPD (Brazil), the Privacy Act 1988 (Australia), the PDPA (Singapore), PIPEDA (Canada) and the US state laws.

Each scenario states the facts in plain English, the provisions it relies on, and the
outcome the law gives for each obligation, written from the texts (and marked where a
threshold or time limit is not verified against the official text), not by running the code.

Keys: ``title``, ``facts``, ``relies_on``, ``as_of``; ``[incident]`` (an incident file without
``schema_version``) or ``example`` (a path under the repository root) with optional
``[overrides]``; ``[options]`` (``weekend_relief``); ``[lgpd_options]`` (``calendar``); ``[expected_reach]`` (regime ->
applicable, not_applicable, undetermined); ``[expected]`` (determination id -> outcome);
``[expected_due]`` (id -> due instant, or ``"undetermined"``); ``[expected_status]`` (id ->
status at ``as_of``); ``[expected_missing]`` (id -> paths that must be among the missing
facts); ``[expected_cites]`` (id -> citations among its citations);
``[expected_sensitivities]`` (id -> ``{ change = outcome }``).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from breachmodel.assessment import Assessment, assess
from breachmodel.regimes.dora.art19 import DoraOptions
from breachmodel.regimes.lgpd import BrazilCalendar, LgpdOptions
from scenario_kit import (
    COMMON_KEYS,
    as_of,
    assert_none,
    each,
    files,
    incident_of,
    load,
    readable_problems,
)

ROOT = Path(__file__).resolve().parent.parent
FILES = files("nis2", "dora", "lgpd", "au_privacy", "sg_pdpa", "pipeda", "us_states")
_KEYS = COMMON_KEYS | {
    "lgpd_options",
    "expected_reach",
    "expected",
    "expected_due",
    "expected_status",
}
_KEYS |= {"expected_missing", "expected_cites", "expected_sensitivities"}


def _load(path: Path) -> tuple[dict[str, Any], Assessment]:
    spec = load(path)
    calendar = spec.get("lgpd_options", {}).get("calendar", "national")
    options = (
        DoraOptions(**spec.get("options", {})),
        LgpdOptions(calendar=BrazilCalendar(calendar)),
    )
    return spec, assess(incident_of(path), as_of=as_of(path), options=options)


@each(FILES)
def test_scenario_is_readable(path: Path) -> None:
    assert_none(readable_problems(path, _KEYS))


@each(FILES)
def test_scenario(path: Path) -> None:
    spec, result = _load(path)
    reach = {c.regime: c.reach.value for c in result.considered}
    for regime, expected in spec.get("expected_reach", {}).items():
        assert reach[regime] == expected, f"{path.name}: {regime} reach"
    for det_id, outcome in spec.get("expected", {}).items():
        assert result[det_id].outcome.value == outcome, f"{path.name}: {det_id}"
    for det_id, due in spec.get("expected_due", {}).items():
        deadline = result[det_id].deadline
        if due == "undetermined":
            assert deadline is not None, det_id
            assert deadline.due is None, det_id
        else:
            assert deadline is not None, det_id
            assert deadline.due == datetime.fromisoformat(due), det_id
    for det_id, status in spec.get("expected_status", {}).items():
        assert result[det_id].status.status.value == status, f"{path.name}: {det_id}"
    for det_id, paths in spec.get("expected_missing", {}).items():
        found = {m.path for m in result[det_id].missing_facts}
        assert set(paths) <= found, f"{path.name}: {det_id} missing {found}"
    for det_id, cites in spec.get("expected_cites", {}).items():
        found_cites = {str(c) for c in result[det_id].citations}
        assert set(cites) <= found_cites, f"{path.name}: {det_id} cites {found_cites}"
    for det_id, changes in spec.get("expected_sensitivities", {}).items():
        found_s = {s.changes[0]: s.outcome.value for s in result[det_id].sensitivities}
        for change, outcome in changes.items():
            assert found_s.get(change) == outcome, f"{path.name}: {det_id} {found_s}"
