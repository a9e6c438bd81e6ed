"""GDPR results reused for incidents equal in what decides them, and only in that.

``assess`` keeps the results of ``route_authorities`` keyed by the attributes named in
``ROUTING_INPUTS``, and the determinations of an incident the GDPR does not reach keyed
by its scope result, its routing and ``OUT_OF_SCOPE_INPUTS``. These tests record every
attribute the rules read on the sample incidents: a rule that starts reading another
fails here until the key names it too.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from breachmodel.assessment import assess
from breachmodel.determination import Outcome
from breachmodel.regimes.gdpr import _regime
from breachmodel.regimes.gdpr._regime import OUT_OF_SCOPE_INPUTS, ROUTING_INPUTS
from breachmodel.regimes.gdpr.authority import route_authorities
from breachmodel.regimes.gdpr.options import GdprOptions
from breachmodel.regimes.gdpr.scope import check_scope
from reads import recorder, sample_incidents, uncovered


def test_routing_reads_only_the_attributes_its_key_names() -> None:
    seen: set[str] = set()
    for incident in sample_incidents():
        assert route_authorities(recorder(incident, seen)) == route_authorities(incident)
    unkeyed = uncovered(seen, ROUTING_INPUTS)
    assert not unkeyed, f"route_authorities reads {sorted(unkeyed)}: add them to its key"


def test_out_of_scope_rules_read_only_the_attributes_their_key_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: set[str] = set()
    out = [
        i
        for i in sample_incidents()
        if check_scope(i).outcome is Outcome.NOT_APPLICABLE and not i.processors
    ]
    assert len(out) >= 10
    for incident in out:
        scope, routing = check_scope(incident), route_authorities(incident)
        monkeypatch.setattr(_regime, "_routing", lambda _i, r=routing: r)
        got: Any = _regime._determine(recorder(incident, seen), scope, GdprOptions())
        monkeypatch.undo()
        assert got == _regime._determine(incident, scope, GdprOptions())
    unkeyed = uncovered(seen, OUT_OF_SCOPE_INPUTS)
    assert not unkeyed, f"the out-of-scope rules read {sorted(unkeyed)}: add them to the key"


def test_reused_results_are_those_computed_afresh() -> None:
    for incident in sample_incidents():
        again = attrs.evolve(incident, id=incident.id + "-again")
        first, second = assess(incident), assess(again)
        assert second.routing == route_authorities(again) == first.routing
        assert second.determinations == first.determinations
        assert second.regimes == first.regimes


def test_one_scope_serves_the_applicability_and_the_determinations() -> None:
    incident = sample_incidents()[0]
    scope = _regime._scope(incident)
    assert _regime._scope(incident) is scope
    assert _regime._scope(attrs.evolve(incident, id="other")) == scope


def test_a_determination_under_a_key_is_the_evolved_one() -> None:
    for incident in sample_incidents()[:20]:
        for det in assess(incident).determinations:
            assert det.key is not None
            assert det.under(det.key) == attrs.evolve(det, key=det.key)
            assert attrs.evolve(det, key=None).under(det.key) == det
