"""Every registered regime's pre-filter: reads only its inputs, answers as applicability.

The assessment keeps each regime's :meth:`~breachmodel.regimes.Regime.prefilter`
answers keyed by the values at its ``prefilter_inputs``; that is only right if the
pre-filter reads nothing else and, where it answers, gives exactly what
``applicability`` gives. Regimes added to the registry are checked here as they come.
"""

from __future__ import annotations

import attrs
import pytest

from breachmodel.assessment import assess
from breachmodel.model.incident import residents_of
from breachmodel.regimes import REGISTRY, Regime, _memo
from breachmodel.regimes._base import Reach
from reads import recorder, sample_incidents, uncovered


@pytest.mark.parametrize("regime", REGISTRY, ids=lambda r: r.id)
def test_the_prefilter_reads_only_its_inputs(regime: Regime) -> None:
    seen: set[str] = set()
    for incident in sample_incidents():
        assert regime.prefilter(recorder(incident, seen)) == regime.prefilter(incident)
    unkeyed = uncovered(seen, regime.prefilter_inputs)
    assert not unkeyed, f"{regime.id}.prefilter reads {sorted(unkeyed)}: add to prefilter_inputs"


@pytest.mark.parametrize("regime", REGISTRY, ids=lambda r: r.id)
def test_the_prefilter_answers_as_applicability_does(regime: Regime) -> None:
    for incident in sample_incidents():
        quick = regime.prefilter(incident)
        if quick is not None:
            assert quick == regime.applicability(incident), incident.id
        assert _memo.applicability(regime, incident) == regime.applicability(incident)


def test_prefilters_answer_for_the_records_that_have_nothing_to_do_with_them() -> None:
    with_prefilter = [r for r in REGISTRY if r.prefilter_inputs]
    assert with_prefilter, "no registered regime has a pre-filter"
    answered = {
        r.id
        for r in with_prefilter
        for i in sample_incidents()
        if (found := r.prefilter(i)) is not None and found.reach is Reach.NOT_APPLICABLE
    }
    assert answered == {r.id for r in with_prefilter}


def test_the_assessment_considers_what_applicability_says() -> None:
    for incident in sample_incidents()[:40]:
        again = attrs.evolve(incident, id=incident.id + "-again")
        expected = tuple(r.applicability(again) for r in REGISTRY)
        assert assess(incident).considered == expected
        assert assess(again).considered == expected


def test_the_answers_kept_together_are_each_regimes_applicability() -> None:
    for incident in sample_incidents():
        expected = tuple(r.applicability(incident) for r in REGISTRY)
        assert _memo.considered(REGISTRY, incident) == expected, incident.id
        assert _memo.considered(REGISTRY, incident) == expected, incident.id  # kept, then reused


def test_residence_counts_the_residents_as_residents_in_does() -> None:
    for incident in sample_incidents():
        for place in ("BR", "US", "US-CA", "FR", "CA-QC", "AU", "SG"):
            assert residents_of(incident.residence, place) == incident.residents_in(place)
