"""The processor view across regimes: rows by duty, the soonest first, law from the regimes."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs
from _builders import AWARE, breach, org, with_timeline

from breachmodel import regimes
from breachmodel.assessment import Assessment, assess
from breachmodel.determination import Determination, MissingFact, Outcome
from breachmodel.model import Incident
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.processor import ProcessorIncident, assess_processor_incident, loads_any
from breachmodel.processor._assess import soonest

SRC = Path(__file__).resolve().parent.parent / "src" / "breachmodel" / "processor"
PROCESSOR_EXAMPLE = SRC.parents[2] / "examples" / "viamedis-almerys-processor.json"


def _provider() -> Assessment:
    """A telecom operator's breach in its own service: the GDPR and the ePrivacy rules."""
    controller = attrs.evolve(org(), public_ecomms_provider=True)
    inc: Incident = attrs.evolve(breach(), controller=controller, ecomms_service=True)
    return assess(with_timeline(inc, detected_at=AWARE, controller_aware_at=AWARE))


_ASKED = (MissingFact(path="$.timeline.detected_at", question="When was it detected?"),)


def _with_outcomes(a: Assessment, **outcomes: Outcome) -> Assessment:
    """The assessment with the authority notifications' outcomes set, per regime."""

    def changed(d: Determination) -> Determination:
        if d.key is None or d.key.duty is not Duty.NOTIFY_AUTHORITY:
            return d
        outcome = outcomes[d.key.regime]
        missing = _ASKED if outcome is Outcome.UNDETERMINED else ()
        return attrs.evolve(d, outcome=outcome, missing_facts=missing)

    return attrs.evolve(a, determinations=tuple(map(changed, a.determinations)))


def _regime_of(found: Determination | None) -> str:
    assert found is not None
    assert found.key is not None
    return found.key.regime


def test_the_generic_processor_modules_name_no_regime() -> None:
    for path in SRC.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "regimes.gdpr" not in text, path.name
        assert "gdpr(" not in text, path.name
        assert '"gdpr' not in text, path.name


def test_the_soonest_owed_obligation_across_regimes_is_the_one_shown() -> None:
    a = _provider()
    gdpr_notify, eprivacy_notify = a.obligations(Duty.NOTIFY_AUTHORITY)
    assert gdpr_notify.outcome is Outcome.NOT_APPLICABLE  # Art. 95: displaced
    found = soonest(a, Duty.NOTIFY_AUTHORITY)
    assert found is eprivacy_notify
    both = _with_outcomes(a, gdpr=Outcome.REQUIRED, eprivacy=Outcome.REQUIRED)
    assert _regime_of(soonest(both, Duty.NOTIFY_AUTHORITY)) == "eprivacy"


def test_an_owed_obligation_comes_before_a_sooner_one_that_may_not_be_owed() -> None:
    a = _with_outcomes(_provider(), gdpr=Outcome.REQUIRED, eprivacy=Outcome.UNDETERMINED)
    assert _regime_of(soonest(a, Duty.NOTIFY_AUTHORITY)) == "gdpr"
    none_owed = _with_outcomes(
        _provider(), gdpr=Outcome.NOT_REQUIRED, eprivacy=Outcome.NOT_REQUIRED
    )
    assert soonest(none_owed, Duty.NOTIFY_AUTHORITY) is none_owed.first(Duty.NOTIFY_AUTHORITY)
    assert soonest(none_owed, Duty.FINAL_REPORT) is None


def test_the_gdpr_says_what_a_processor_owes_and_may_do_for_its_controller() -> None:
    gdpr = regimes.get("gdpr")
    assert [str(c) for c in gdpr.processor_duty(Duty.NOTIFY_CONTROLLER)] == ["Art. 33(2) GDPR"]
    delegation = [str(c) for c in gdpr.processor_duty(Duty.NOTIFY_AUTHORITY)]
    assert delegation[0] == "Art. 28(3)(f) GDPR"
    assert "section II.A.4" in delegation[1]
    assert gdpr.processor_duty(Duty.INFORM_INDIVIDUALS) == ()


def test_the_uk_regimes_say_what_a_processor_owes_and_may_do() -> None:
    uk = regimes.get("uk_gdpr")
    assert [str(c) for c in uk.processor_duty(Duty.NOTIFY_CONTROLLER)] == ["Art. 33(2) UK GDPR"]
    assert [str(c) for c in uk.processor_duty(Duty.NOTIFY_AUTHORITY)] == ["Art. 28(3)(f) UK GDPR"]
    pecr = [str(c) for c in regimes.get("pecr").processor_duty(Duty.NOTIFY_CONTROLLER)]
    assert pecr == ["Regulation 611/2013 (as retained in UK law), Art. 5"]
    assert regimes.get("pecr").processor_duty(Duty.NOTIFY_AUTHORITY) == ()


def _uk_controller(data: dict[str, Any]) -> dict[str, Any]:
    """The example's controller that let the processor notify, moved to the UK."""
    share = next(c for c in data["controllers"] if c["organisation"]["id"] == "mutuelle-tilleul")
    share["organisation"]["establishments"] = [{"country": "GB", "main": True}]
    for group in share["subjects"]:
        group["by_country"] = [{**c, "country": "GB"} for c in group["by_country"]]
    share["authority_notices"] = [{**n, "authority": "gb-ico"} for n in share["authority_notices"]]
    data["controllers"] = [share]
    return data


def test_a_processor_incident_with_a_uk_controller_cites_the_uk_gdpr() -> None:
    data = _uk_controller(json.loads(PROCESSOR_EXAMPLE.read_text(encoding="utf-8")))
    record = loads_any(json.dumps(data))
    assert isinstance(record, ProcessorIncident)
    pa = assess_processor_incident(record, as_of=datetime.fromisoformat("2024-02-02T12:00+01:00"))
    a = pa["mutuelle-tilleul"]
    notify = a[ObligationKey("uk_gdpr", Duty.NOTIFY_AUTHORITY, "supervisory_authority")]
    delegated = [r for r in notify.reasons if "on the controller's behalf" in r.text]
    assert [[str(c) for c in r.citations] for r in delegated] == [["Art. 28(3)(f) UK GDPR"]]
    assert "Art. 33(2) UK GDPR" in pa.to_text()
