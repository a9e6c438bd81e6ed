"""The members of the ``Regime`` protocol that have a default."""

from __future__ import annotations

from typing import Any

from breachmodel.citations import Citation
from breachmodel.model import Incident, Organisation
from breachmodel.obligations import Duty
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


class _WithProcessors(_Minimal):
    def processor_duty(self, duty: Duty) -> tuple[Citation, ...]:
        if duty is Duty.NOTIFY_CONTROLLER:
            return (Citation(source="Some Act", pinpoint="s. 2"),)
        return ()


def test_a_regime_without_processor_rules_cites_nothing_about_processors() -> None:
    assert all(_Minimal().processor_duty(duty) == () for duty in Duty)


def test_a_regime_says_which_law_puts_a_duty_on_a_processor() -> None:
    regime = _WithProcessors()
    assert [str(c) for c in regime.processor_duty(Duty.NOTIFY_CONTROLLER)] == ["Some Act, s. 2"]
    assert regime.processor_duty(Duty.NOTIFY_AUTHORITY) == ()
