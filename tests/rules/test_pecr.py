"""PECR reg. 5A: a UK public e-communications service's breach, to the ICO, dated periods."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import attrs
import pytest
from _builders import breach, establishment, judged, org, subjects, utc, with_timeline

from breachmodel.authorities import IP_COMPLETION_DAY
from breachmodel.clocks import Status
from breachmodel.determination import Determination, Outcome
from breachmodel.model import (
    AuthorityNotice,
    Encryption,
    Incident,
    Measures,
    NoticeKind,
    Occurrence,
    RiskLevel,
)
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes._base import Reach
from breachmodel.regimes.eprivacy import REGIME as EPRIVACY
from breachmodel.regimes.pecr import REGIME
from breachmodel.regimes.pecr._law import DUAA_COMMENCEMENT, NOTICE_PERIODS, period_at

LONDON = ZoneInfo("Europe/London")


def telecom(ecomms_service: bool | None = True, country: str = "GB", **changes: object) -> Incident:
    """A breach at a UK public e-communications provider, in providing its service."""
    ctrl = org("telco", establishment(country, main=True), public_ecomms_provider=True)
    return breach(
        controller=ctrl,
        ecomms_service=ecomms_service,
        subjects=(subjects(500, country),),
        **changes,
    )


def dets(incident: Incident) -> dict[str, Determination]:
    found, _ = REGIME.determine(incident, None)
    return {d.id: d for d in found}


def at(incident: Incident, detected: datetime, aware: datetime | None = None) -> Incident:
    return with_timeline(
        incident,
        occurred=Occurrence.at(detected),
        detected_at=detected,
        controller_aware_at=aware or detected,
    )


@pytest.mark.parametrize(
    ("incident", "reach"),
    [
        (breach(), Reach.NOT_APPLICABLE),
        (telecom(country="FR"), Reach.NOT_APPLICABLE),
        (telecom(ecomms_service=None), Reach.UNDETERMINED),
        (telecom(ecomms_service=False), Reach.NOT_APPLICABLE),
        (telecom(), Reach.APPLICABLE),
    ],
    ids=["not-a-provider", "eu-provider", "unknown-service", "outside-service", "uk-service"],
)
def test_applicability(incident: Incident, reach: Reach) -> None:
    assert REGIME.applicability(incident).reach is reach
    notify = dets(incident)["pecr.reg5a.notify_ico"]
    expected = {
        Reach.APPLICABLE: Outcome.REQUIRED,
        Reach.NOT_APPLICABLE: Outcome.NOT_APPLICABLE,
        Reach.UNDETERMINED: Outcome.UNDETERMINED,
    }[reach]
    assert notify.outcome is expected


def test_keys() -> None:
    found = dets(telecom())
    assert {k: d.key for k, d in found.items()} == {
        "pecr.reg5a.notify_ico": ObligationKey(
            "pecr", Duty.NOTIFY_AUTHORITY, "competent_authority"
        ),
        "pecr.reg5a.notice_content": ObligationKey("pecr", Duty.CONTENT, "competent_authority"),
        "pecr.reg5a.inform_subscribers": ObligationKey(
            "pecr", Duty.INFORM_INDIVIDUALS, "subscribers"
        ),
        "pecr.reg5a.inventory": ObligationKey("pecr", Duty.RECORD, "register"),
    }


def test_every_breach_is_notified_whatever_the_risk() -> None:
    low = attrs.evolve(telecom(), judgment=judged(RiskLevel.UNLIKELY))
    found = dets(low)
    assert found["pecr.reg5a.notify_ico"].outcome is Outcome.REQUIRED
    assert found["pecr.reg5a.notify_ico"].recipients == ("gb-ico",)
    assert found["pecr.reg5a.inventory"].outcome is Outcome.REQUIRED
    assert found["pecr.reg5a.inform_subscribers"].outcome is Outcome.NOT_REQUIRED


def test_24_hours_from_detection_before_20_august_2025() -> None:
    # Detected on a Friday in London summer time; aware the next morning: detection counts.
    detected = datetime(2024, 7, 5, 17, 0, tzinfo=LONDON)
    notify = dets(at(telecom(), detected, detected.replace(day=6, hour=9)))["pecr.reg5a.notify_ico"]
    assert notify.deadline.due == utc(2024, 7, 6, 16)
    assert notify.deadline.timezone == "Europe/London"
    assert "24 hours" in notify.reasons[-2].text


def test_72_hours_from_awareness_from_20_august_2025() -> None:
    detected = datetime(2025, 9, 5, 17, 0, tzinfo=LONDON)
    aware = detected.replace(day=6, hour=9)
    notify = dets(at(telecom(), detected, aware))["pecr.reg5a.notify_ico"]
    assert notify.deadline.due == utc(2025, 9, 9, 8)
    cited = {str(c) for c in notify.citations}
    assert "Data (Use and Access) Act 2025, s. 111" in cited
    assert "SI 2025/904, reg. 2(p)" in cited


@pytest.mark.parametrize(
    ("detected", "hours"),
    [
        (datetime(2025, 8, 19, 23, 59, tzinfo=LONDON), 24),  # 22:59 UTC: the old rule
        (datetime(2025, 8, 20, 0, 0, tzinfo=LONDON), 72),  # 23:00 UTC on the 19th: the new
        (datetime(2013, 8, 25, 0, 0, tzinfo=LONDON), None),  # 24 Aug 23:00 UTC: before Reg. 611
    ],
)
def test_the_period_in_force_at_detection(detected: datetime, hours: int | None) -> None:
    found = period_at(detected)
    assert (found.hours if found else None) == hours
    assert utc(2025, 8, 19, 23) == DUAA_COMMENCEMENT
    assert [p.hours for p in NOTICE_PERIODS] == [24, 24, 72]


def test_72_hours_across_the_autumn_clock_change() -> None:
    aware = datetime(2025, 10, 24, 12, 0, tzinfo=LONDON)  # BST ends 26 October 2025
    notify = dets(at(telecom(), aware))["pecr.reg5a.notify_ico"]
    assert notify.deadline.due == utc(2025, 10, 27, 11)
    assert notify.deadline.due.astimezone(LONDON).hour == 11


def test_the_notice_is_judged_later_at_any_instant() -> None:
    detected = utc(2024, 2, 1, 9, 30)
    late = AuthorityNotice(kind=NoticeKind.INITIAL, at=utc(2024, 2, 2, 15), authority="gb-ico")
    incident = with_timeline(at(telecom(), detected), authority_notices=(late,))
    clock = dets(incident)["pecr.reg5a.notify_ico"].clock
    assert clock is not None
    assert clock.judge(utc(2024, 2, 2, 9)).status is Status.PENDING
    assert clock.judge(utc(2024, 2, 3)).status is Status.MET_LATE


def test_no_detection_leaves_the_deadline_open() -> None:
    incident = with_timeline(telecom(), detected_at=None, controller_aware_at=None)
    notify = dets(incident)["pecr.reg5a.notify_ico"]
    assert notify.outcome is Outcome.REQUIRED
    assert notify.deadline.due is None
    assert [m.path for m in notify.open_questions] == ["$.timeline.controller_aware_at"]


def test_subscribers_told_when_adversely_affected_unless_unintelligible() -> None:
    high = attrs.evolve(telecom(), judgment=judged(RiskLevel.RISK))
    assert dets(high)["pecr.reg5a.inform_subscribers"].outcome is Outcome.REQUIRED
    encrypted = Measures(
        encryption=Encryption(
            applied_to_breached_data=True, state_of_the_art=True, key_compromised=False
        )
    )
    shielded = attrs.evolve(high, measures=encrypted)
    told = dets(shielded)["pecr.reg5a.inform_subscribers"]
    assert told.outcome is Outcome.NOT_REQUIRED
    assert "PECR, reg. 5A(6)" in {str(c) for c in told.citations}


def test_content_checklist_follows_the_icos_list() -> None:
    content = dets(telecom())["pecr.reg5a.notice_content"]
    assert content.outcome is Outcome.REQUIRED
    first = [i.id for i in content.checklist if not i.may_follow_later]
    assert first == [
        "pecr.contact",
        "pecr.breach_time",
        "pecr.detected_time",
        "pecr.nature",
        "pecr.data",
    ]


def test_it_takes_the_place_of_art_33_uk_gdpr_as_data() -> None:
    (overlap,) = REGIME.overlaps(telecom())
    assert str(overlap.yielding) == "uk_gdpr/notify_authority/supervisory_authority"
    assert str(overlap.prevailing) == "pecr/notify_authority/competent_authority"
    assert "Art. 95 UK GDPR" in {str(c) for c in overlap.reason.citations}
    assert tuple(REGIME.overlaps(telecom(ecomms_service=False))) == ()


@pytest.mark.parametrize(
    ("detected", "version"),
    [
        (utc(2020, 12, 31, 22, 59), "Regulation 611/2013, Art. 2(2)"),  # applying directly
        (IP_COMPLETION_DAY, "Regulation 611/2013 (as retained in UK law), Art. 2(2)"),
    ],
    ids=["before-ip-completion-day", "from-ip-completion-day"],
)
def test_the_24_hours_cite_the_regulation_in_force_in_the_uk(
    detected: datetime, version: str
) -> None:
    found = dets(at(telecom(), detected))
    notify = found["pecr.reg5a.notify_ico"]
    assert notify.deadline.due == detected + (utc(2024, 1, 2) - utc(2024, 1, 1))
    cited = {str(c) for c in notify.citations}
    assert {"PECR, reg. 5A(2)", version} <= cited
    content = {str(i.citation) for i in found["pecr.reg5a.notice_content"].checklist}
    assert version.replace("(2)", " and Annex I") in content


def test_a_2019_breach_reads_the_risk_in_the_gdprs_sense() -> None:
    found = dets(at(telecom(), utc(2019, 5, 6, 10)))
    why = found["pecr.reg5a.inform_subscribers"].reasons[-1]
    assert "in the GDPR's sense" in why.text
    assert "Art. 33(1) GDPR" in {str(c) for c in why.citations}
    assert "UK GDPR" not in found["pecr.reg5a.notify_ico"].reasons[0].text


def _overlaps(incident: Incident) -> dict[str, str]:
    found = (*REGIME.overlaps(incident), *EPRIVACY.overlaps(incident))
    return {str(o.yielding): str(o.prevailing) for o in found}


def test_before_2021_the_eprivacy_duties_in_the_uk_give_way_to_reg_5a() -> None:
    incident = at(telecom(), utc(2019, 5, 6, 10))
    assert _overlaps(incident) == {
        "gdpr/notify_authority/supervisory_authority": "eprivacy/notify_authority/competent_authority",
        "eprivacy/notify_authority/competent_authority": "pecr/notify_authority/competent_authority",
        "eprivacy/intermediate_report/competent_authority": "pecr/content/competent_authority",
        "eprivacy/content/competent_authority": "pecr/content/competent_authority",
        "eprivacy/inform_individuals/subscribers": "pecr/inform_individuals/subscribers",
        "eprivacy/content/subscribers": "pecr/inform_individuals/subscribers",
        "eprivacy/record/register": "pecr/record/register",
    }
    declared = tuple(REGIME.overlaps(incident))
    eprivacy, _ = EPRIVACY.determine_yielding(incident, None, declared)
    assert all(d.outcome is Outcome.NOT_APPLICABLE for d in eprivacy)
    assert all(d.deadline is None and d.recipients == () for d in eprivacy)
    first = eprivacy[0].reasons[0]
    assert "transposition of Art. 4(3)" in first.text
    assert {"PECR, reg. 5A(2)", "SI 2011/1208, reg. 5"} <= {str(c) for c in first.citations}
    notify = dets(incident)["pecr.reg5a.notify_ico"]
    assert any("eprivacy.reg611.notify_authority" in r.text for r in notify.reasons)


def test_from_2021_reg_5a_displaces_the_uk_gdpr_and_the_eprivacy_rules_stand_aside() -> None:
    incident = at(telecom(), utc(2022, 5, 6, 10))
    assert _overlaps(incident) == {
        "uk_gdpr/notify_authority/supervisory_authority": "pecr/notify_authority/competent_authority"
    }
    notify = dets(incident)["pecr.reg5a.notify_ico"]
    assert not any("eprivacy" in r.text for r in notify.reasons)


def test_no_overlap_where_the_eprivacy_notice_in_2019_goes_to_another_authority() -> None:
    # Main establishment in France: the ePrivacy regime's notice goes to the CNIL, not the ICO.
    ctrl = org("telco", establishment("FR", main=True), establishment("GB"))
    ctrl = attrs.evolve(ctrl, public_ecomms_provider=True)
    incident = at(attrs.evolve(telecom(), controller=ctrl), utc(2019, 5, 6, 10))
    assert "eprivacy/notify_authority/competent_authority" not in _overlaps(incident)
