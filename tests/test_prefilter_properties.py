"""Pre-filters on generated incidents: each reads only its inputs, and the answers kept
together under one key per incident are each regime's own applicability.

``tests/test_prefilter.py`` checks the same on the examples, samples and scenarios; here
Hypothesis draws incidents with people counted by country and by subdivision, or not at
all, and organisations established anywhere, including where no law reaches.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from breachmodel.model import Incident
from breachmodel.regimes import REGISTRY, _memo
from reads import recorder, uncovered
from strategies import incidents


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(incident=incidents())
def test_generated_incidents_get_each_regimes_applicability(incident: Incident) -> None:
    expected = tuple(r.applicability(incident) for r in REGISTRY)
    assert _memo.considered(REGISTRY, incident) == expected
    for regime, applicability in zip(REGISTRY, expected, strict=True):
        seen: set[str] = set()
        quick = regime.prefilter(recorder(incident, seen))
        assert not uncovered(seen, regime.prefilter_inputs), (regime.id, sorted(seen))
        assert quick is None or quick == applicability, regime.id
