"""Lawyer-readable scenarios for Japan, Korea, India and the US federal rules: ``tests/scenarios/<regime>/*.toml``.

Each scenario states the facts in plain English, the provisions it relies on, and the outcome
the law gives for each obligation, worked out from the texts (with the provenance of every
threshold and day count on the regime's law page), not by running the code.

Keys: ``title``, ``facts``, ``relies_on``, ``as_of``, ``[incident]`` (an incident file without
``schema_version``), ``[options.<regime>]`` (that regime's options), ``[expected_reach]``
(regime -> reach), ``[expected_reach_text]`` (regime -> words of its reasons), ``regimes``
(the regimes asked for; by default those in reach), ``[expected]`` (determination id -> outcome), ``[expected_due]`` (id -> due
instant, or ``"undetermined"``), ``[expected_target]`` (id -> policy target instant),
``[expected_status]`` (id -> status at ``as_of``), ``[expected_missing]`` (id -> paths among
its missing facts), ``[expected_recipients]`` (id -> recipients), ``[expected_text]`` (id ->
words that must appear in its reasons or its deadline's explanation).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from breachmodel.assessment import Assessment, assess
from breachmodel.determination import Determination
from breachmodel.regimes.in_dpdp import DpdpOptions
from breachmodel.regimes.jp_appi import JpAppiOptions
from breachmodel.serialization import from_data

ROOT = Path(__file__).resolve().parent / "scenarios"
REGIMES = ("jp_appi", "kr_pipa", "in_dpdp", "in_certin", "hipaa", "us_sec")
FILES = sorted(p for r in REGIMES for p in (ROOT / r).glob("*.toml"))
_OPTIONS: dict[str, type[Any]] = {"jp_appi": JpAppiOptions, "in_dpdp": DpdpOptions}
_KEYS = frozenset(
    {
        "title",
        "facts",
        "relies_on",
        "as_of",
        "incident",
        "options",
        "regimes",
        "expected_reach",
        "expected_reach_text",
        "expected",
        "expected_due",
        "expected_target",
        "expected_status",
        "expected_missing",
        "expected_recipients",
        "expected_text",
    }
)


def _run(path: Path) -> tuple[dict[str, Any], Assessment]:
    spec = tomllib.loads(path.read_text(encoding="utf-8"))
    assert set(spec) <= _KEYS, f"{path.name}: unknown keys {sorted(set(spec) - _KEYS)}"
    incident = from_data({"schema_version": "1.0", **spec["incident"]}, source=path.name)
    options = [_OPTIONS[r](**o) for r, o in spec.get("options", {}).items()]
    as_of = datetime.fromisoformat(spec["as_of"])
    return spec, assess(incident, as_of=as_of, options=options, regimes=spec.get("regimes"))


def _words(det: Determination) -> str:
    lines = [r.text for r in det.reasons]
    if det.deadline is not None:
        lines.extend(det.deadline.explanation)
    return " ".join(lines)


def _instant(value: datetime | None) -> datetime | str:
    return "undetermined" if value is None else value


def _want(table: str, value: Any) -> Any:
    dated = table in ("expected_due", "expected_target") and value != "undetermined"
    return datetime.fromisoformat(value) if dated else value


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_scenario(path: Path) -> None:
    spec, result = _run(path)
    assert spec["title"]
    assert spec["facts"].strip()
    assert spec["relies_on"]
    reach = {c.regime: c.reach.value for c in result.considered}
    for regime, expected in spec.get("expected_reach", {}).items():
        assert reach.get(regime, "not_assessed") == expected, f"{path.name}: {regime}"
    why = {c.regime: " ".join(r.text for r in c.reasons) for c in result.considered}
    for regime, words in spec.get("expected_reach_text", {}).items():
        assert all(w in why[regime] for w in words), f"{path.name}: {regime}: {why[regime]}"
    checks: dict[str, Callable[[Determination], object]] = {
        "expected": lambda d: d.outcome.value,
        "expected_due": lambda d: _instant(d.deadline and d.deadline.due),
        "expected_target": lambda d: _instant(d.deadline and d.deadline.target),
        "expected_status": lambda d: d.status.status.value,
        "expected_recipients": lambda d: list(d.recipients),
    }
    for table, read in checks.items():
        for det_id, want in spec.get(table, {}).items():
            got = read(result[det_id])
            assert got == _want(table, want), f"{path.name}: {table} {det_id}: {got}"
    for det_id, paths in spec.get("expected_missing", {}).items():
        found = {m.path for m in result[det_id].missing_facts}
        assert set(paths) <= found, f"{path.name}: {det_id} missing {found}"
    for det_id, words in spec.get("expected_text", {}).items():
        text = _words(result[det_id])
        for w in words:
            assert w in text, f"{path.name}: {det_id} lacks {w!r}"


def test_every_regime_has_scenarios() -> None:
    for regime in REGIMES:
        assert len(list((ROOT / regime).glob("*.toml"))) >= 3, regime
