"""The members of the ``Regime`` protocol that have a default."""

from __future__ import annotations

from typing import Any

from breachmodel.model import Incident, Organisation
from breachmodel.regimes._base import Applicability, Reach, Regime


class _Minimal(Regime):
    """A regime that defines only the members without a default."""

    id = "minimal"
    title = "A minimal regime (Act 1 of 2000)"
    baseline = False
    options_type = None

    def applicability(self, incident: Incident) -> Applicability:
        return Applicability(regime=self.id, reach=Reach.NOT_APPLICABLE)

    def determine(self, incident: Incident, options: Any) -> Any:
        return (), ()

    def overlaps(self, incident: Incident) -> Any:
        return ()


def test_defaults_name_the_regime_and_add_nothing() -> None:
    regime = _Minimal()
    incident = Incident(id="i", controller=Organisation(id="c", name="C"))
    assert regime.label == "minimal"
    assert regime.instruments == ("A minimal regime (Act 1 of 2000)",)
    assert regime.cli_options is None
    assert regime.content_items(incident, "supervisory_authority") == ()
    assert regime.aware_at(incident) is None
