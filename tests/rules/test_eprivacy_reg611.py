"""Regulation 611/2013: a public e-communications provider's breach, 24 hours, every breach."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import attrs
from _builders import AWARE, breach, org, run, utc, with_timeline

from breachmodel.assessment import assess
from breachmodel.clocks import Status
from breachmodel.determination import Outcome, ReasonKind
from breachmodel.model import Incident
from breachmodel.regimes.eprivacy import reg611


def provider(ecomms_service: bool | None) -> Incident:
    controller = attrs.evolve(org(), public_ecomms_provider=True)
    return attrs.evolve(breach(), controller=controller, ecomms_service=ecomms_service)


def test_not_a_provider_is_not_applicable_and_absent_from_assess() -> None:
    det = reg611.notify_authority(breach())
    assert det.outcome is Outcome.NOT_APPLICABLE
    assert reg611.NOTIFY_AUTHORITY not in assess(breach()).ids


def test_breach_in_the_service_24_hours_from_detection_and_no_art_33() -> None:
    inc = with_timeline(provider(True), detected_at=AWARE)
    det = reg611.notify_authority(inc)
    assert det.outcome is Outcome.REQUIRED
    assert det.deadline.due == AWARE + timedelta(hours=24)
    assert det.recipients == ("fr-cnil",)
    assert det.clock is not None
    assert det.clock.judge(utc(2024, 2, 1, 12)).status is Status.PENDING
    assert run(inc).notify.outcome is Outcome.NOT_APPLICABLE
    assert "Art. 95 GDPR" in [str(c) for c in run(inc).notify.citations]


def test_unknown_whether_in_the_service_is_undetermined_and_art_33_warns() -> None:
    inc = provider(None)
    det = reg611.notify_authority(inc)
    assert det.outcome is Outcome.UNDETERMINED
    assert [m.path for m in det.missing_facts] == ["$.ecomms_service"]
    notify = run(inc).notify
    assert notify.outcome is Outcome.REQUIRED
    warned = [r.text for r in notify.reasons if r.kind is ReasonKind.WARNING]
    assert any("eprivacy.reg611.notify_authority" in t for t in warned)


def test_breach_outside_the_service_leaves_art_33() -> None:
    inc = provider(False)
    assert reg611.notify_authority(inc).outcome is Outcome.NOT_APPLICABLE
    assert run(inc).notify.outcome is Outcome.REQUIRED


def test_unnamed_national_authority_is_a_warning_not_a_guess() -> None:
    controller = attrs.evolve(
        org(),
        public_ecomms_provider=True,
        establishments=(attrs.evolve(org().establishments[0], country="PL"),),
    )
    inc = attrs.evolve(provider(True), controller=controller)
    det = reg611.notify_authority(inc)
    assert det.recipients == ()
    assert any(
        r.kind is ReasonKind.WARNING and "does not name (unverified)" in r.text for r in det.reasons
    )


def test_every_named_authority_states_its_source() -> None:
    for country, authority in reg611.NATIONAL_AUTHORITIES.items():
        assert len(country) == 2
        assert authority.source.split(":")[0] in {
            "Official",
            "Secondary",
            "Memory, not verified",
            "Project reference notes (secondary)",
        }
        assert authority.verified is not authority.source.startswith("Memory")
