"""The processor view across regimes: the law it cites comes from the regimes."""

from __future__ import annotations

from breachmodel import regimes
from breachmodel.obligations import Duty


def test_the_gdpr_says_what_a_processor_owes_and_may_do_for_its_controller() -> None:
    gdpr = regimes.get("gdpr")
    assert [str(c) for c in gdpr.processor_duty(Duty.NOTIFY_CONTROLLER)] == ["Art. 33(2) GDPR"]
    delegation = [str(c) for c in gdpr.processor_duty(Duty.NOTIFY_AUTHORITY)]
    assert delegation[0] == "Art. 28(3)(f) GDPR"
    assert "section II.A.4" in delegation[1]
    assert gdpr.processor_duty(Duty.INFORM_INDIVIDUALS) == ()
