"""GDPR results reused for incidents equal in what decides them, and only in that.

``assess`` keeps the results of ``route_authorities`` keyed by the attributes named in
``ROUTING_INPUTS``, and the determinations of an incident the GDPR does not reach keyed
by its scope result, its routing and ``OUT_OF_SCOPE_INPUTS``. These tests record every
attribute the rules read on the sample incidents: a rule that starts reading another
fails here until the key names it too.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breachmodel.assessment import assess
from breachmodel.determination import Outcome
from breachmodel.model import Occurrence, Timeline
from breachmodel.regimes._memo import Quoting
from breachmodel.regimes.gdpr import _regime
from breachmodel.regimes.gdpr._regime import DATED_INPUTS, OUT_OF_SCOPE_INPUTS, ROUTING_INPUTS
from breachmodel.regimes.gdpr.authority import route_authorities
from breachmodel.regimes.gdpr.options import GdprOptions
from breachmodel.regimes.gdpr.scope import before_the_gdpr, check_scope
from breachmodel.serialization import unstructure
from reads import recorder, sample_incidents, uncovered


def test_routing_reads_only_the_attributes_its_key_names() -> None:
    seen: set[str] = set()
    for incident in sample_incidents():
        assert route_authorities(recorder(incident, seen)) == route_authorities(incident)
    unkeyed = uncovered(seen, ROUTING_INPUTS | DATED_INPUTS)
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


def _out_of_scope_samples() -> list[Any]:
    return [
        i
        for i in sample_incidents()
        if check_scope(i).outcome is Outcome.NOT_APPLICABLE and not i.processors
    ]


def _afresh(incident: Any) -> Any:
    return _regime._determine(incident, check_scope(incident), GdprOptions())


def test_results_kept_for_another_date_are_those_computed_afresh() -> None:
    """Every out-of-scope sample (the VCDB sample's among them), through the memo in turn."""
    _regime._OUT_OF_SCOPE.results.clear()
    out = _out_of_scope_samples()
    redated = 0
    for incident in out:
        dated = check_scope(incident).predates
        if dated is not None and len(_regime._OUT_OF_SCOPE.results):
            kept = [q.quoted for _, q in _regime._OUT_OF_SCOPE.results.values()]
            redated += any(q is not None and q != check_scope(incident).reasons[0] for q in kept)
        got = _regime.REGIME.determine(incident, None)
        assert got == _afresh(incident), incident.id
        assert to_data_of(got) == to_data_of(_afresh(incident))
    assert redated >= 10


def to_data_of(found: Any) -> str:
    """The determinations' and analyses' JSON, as the output shows them."""
    dets, analyses = found
    return json.dumps([unstructure(d) for d in dets] + [repr(a) for a in analyses])


def test_incidents_before_the_gdpr_share_one_key() -> None:
    """However many dates, incidents equal but for their dates share one kept result."""
    before = [i for i in _out_of_scope_samples() if check_scope(i).predates]
    assert len(before) >= 10
    base = before[0]
    _regime._OUT_OF_SCOPE.results.clear()
    for day in range(1, 29):
        when = datetime(2010, 2, day, 12, tzinfo=UTC)
        moved = attrs.evolve(base, timeline=Timeline(occurred=Occurrence.at(when)))
        assert _regime.REGIME.determine(moved, None) == _afresh(moved)
    assert len(_regime._OUT_OF_SCOPE.results) == 1


@settings(max_examples=60, deadline=None)
@given(
    data=st.data(),
    when=st.datetimes(
        min_value=datetime(1990, 1, 1),  # noqa: DTZ001 - made aware by timezones below
        max_value=datetime(2018, 5, 24, 23, 59),  # noqa: DTZ001
        timezones=st.just(UTC),
    ),
)
def test_a_result_kept_for_another_date_is_told_with_this_date(
    data: st.DataObject, when: datetime
) -> None:
    incident = data.draw(st.sampled_from(_out_of_scope_samples()))
    moved = attrs.evolve(incident, timeline=Timeline(occurred=Occurrence.at(when)))
    assert _regime.REGIME.determine(moved, None) == _afresh(moved)


def test_quoting_replaces_only_the_value_it_names() -> None:
    reason = before_the_gdpr(date(2010, 1, 2))
    other = before_the_gdpr(date(2011, 3, 4))
    det = _afresh(_out_of_scope_samples()[0])[0][0]
    moved = attrs.evolve(det, reasons=(reason, *det.reasons, reason))
    (back,) = Quoting((moved,), reason).told(other)
    assert back.reasons == (other, *det.reasons, other)
    assert back == attrs.evolve(moved, reasons=back.reasons)
    assert Quoting((det,), reason).told(other)[0] is det
    assert Quoting((moved,), reason).told(before_the_gdpr(date(2010, 1, 2)))[0] is moved
