"""NIS2 and DORA regimes: applicability, classification, clocks on worked dates, overlap."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import attrs
import pytest

from breachmodel import authorities, regimes
from breachmodel.assessment import assess
from breachmodel.determination import Outcome
from breachmodel.model import (
    AuthorityNotice,
    Classification,
    Establishment,
    Incident,
    NoticeKind,
    Organisation,
    ServiceImpact,
    Timeline,
)
from breachmodel.obligations import Duty
from breachmodel.overview import controller_overview
from breachmodel.regimes._base import Reach
from breachmodel.regimes.dora.art19 import DoraOptions
from breachmodel.regimes.dora.classification import classify
from breachmodel.serialization import load
from sector_kit import classified_org

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PARIS = "+01:00"


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _incident(
    *,
    category: str = "insurance_undertaking",
    scheme: str = "dora",
    impact: ServiceImpact | None = None,
    aware: str = "2025-03-03T09:00:00+01:00",
    notices: tuple[AuthorityNotice, ...] = (),
) -> Incident:
    org = Organisation(
        id="fe",
        name="Entity",
        establishments=(Establishment(country="FR", main=True),),
        classifications=(Classification(scheme=scheme, category=category, source="test"),),
    )
    return Incident(
        id="x",
        personal_data=False,
        controller=org,
        service_impact=impact,
        timeline=Timeline(controller_aware_at=_at(aware), authority_notices=notices),
    )


_MAJOR = ServiceImpact(critical_services_affected=True, clients_affected=200_000, data_losses=True)


def _notice(at: str, key: str) -> AuthorityNotice:
    return AuthorityNotice(kind=NoticeKind.INITIAL, at=_at(at), obligation=key)


def test_registry_lists_the_sector_regimes_together_after_the_european_privacy_laws() -> None:
    ids = regimes.ids()
    assert ids.index("pecr") < ids.index("nis2")
    assert ids.index("dora") == ids.index("nis2") + 1
    assert regimes.get("dora").options_type is DoraOptions


def test_no_classification_means_not_assessed_and_says_what_to_record() -> None:
    incident = _incident(scheme="other")
    applicability = regimes.get("dora").applicability(incident)
    assert applicability.reach is Reach.NOT_APPLICABLE
    assert applicability.missing_facts[0].path == "$.controller.classifications"
    assert "dora" not in {r.regime for r in assess(incident).regimes}


@pytest.mark.parametrize(
    ("impact", "major"),
    [
        (_MAJOR, True),
        (ServiceImpact(critical_services_affected=False, clients_affected=10**6), False),
        (ServiceImpact(critical_services_affected=True, malicious_access=True), True),
        (ServiceImpact(critical_services_affected=True, data_losses=True), None),
        (
            ServiceImpact(
                critical_services_affected=True,
                malicious_access=False,
                clients_affected=50,
                clients_total=1000,
                reputational_impact=False,
                duration_hours=1,
                downtime_hours=0.5,
                member_states_affected=("FR",),
                data_losses=True,
                economic_impact_eur=1000,
            ),
            False,
        ),
        (
            ServiceImpact(
                critical_services_affected=True,
                clients_affected=101,
                clients_total=1000,
                economic_impact_eur=100_001,
            ),
            True,
        ),
        (
            ServiceImpact(
                critical_services_affected=None,
                clients_affected=200_000,
                economic_impact_eur=200_000,
            ),
            None,
        ),
    ],
)
def test_major_incident_classification(impact: ServiceImpact, major: bool | None) -> None:
    found = classify(impact)
    assert found.major is major
    assert (found.missing_facts != ()) is (major is None)


@pytest.mark.parametrize(
    ("classified_at", "due"),
    [
        pytest.param(
            "2025-03-03T15:00:00+01:00",
            "2025-03-03T19:00:00+01:00",
            id="four hours from classification",
        ),
        pytest.param(
            "2025-03-04T07:00:00+01:00",
            "2025-03-04T09:00:00+01:00",
            id="capped at 24 hours from awareness",
        ),
        pytest.param(
            "2025-03-05T10:00:00+01:00",
            "2025-03-05T14:00:00+01:00",
            id="classified after 24 hours: four hours run",
        ),
    ],
)
def test_initial_notification_four_hours_from_classification_within_24_from_awareness(
    classified_at: str, due: str
) -> None:
    impact = ServiceImpact(
        critical_services_affected=True,
        clients_affected=200_000,
        data_losses=True,
        classified_at=_at(classified_at),
    )
    det = assess(_incident(impact=impact))["dora.art19.initial_notification"]
    assert det.deadline.due == _at(due)
    late = any("only after 24 hours" in r.text for r in det.reasons)
    assert late is (classified_at == "2025-03-05T10:00:00+01:00")  # Reg. 2025/301 Art. 5(2)


def _report_due(
    aware: str,
    notices: tuple[AuthorityNotice, ...],
    det_id: str,
    *,
    relief: bool,
    category: str = "insurance_undertaking",
) -> datetime:
    incident = _incident(impact=_MAJOR, aware=aware, notices=notices, category=category)
    due = assess(incident, options=DoraOptions(weekend_relief=relief))[det_id].deadline.due
    assert isinstance(due, datetime)
    return due


_INITIAL = "dora/notify_authority/competent_authority"
_INTERMEDIATE = "dora/intermediate_report/competent_authority"


@pytest.mark.parametrize(
    ("filed", "relief", "category", "expected"),
    [
        # Wednesday + 72 h = Saturday: relief to Monday noon
        ("2025-03-05T10:00:00+01:00", True, "insurance_undertaking", "2025-03-10T12:00:00+01:00"),
        ("2025-03-05T10:00:00+01:00", False, "insurance_undertaking", "2025-03-08T10:00:00+01:00"),
        # not for a credit institution (secondary source)
        ("2025-03-05T10:00:00+01:00", True, "credit_institution", "2025-03-08T10:00:00+01:00"),
        # across the change to summer time: 72 elapsed hours end at 11:00 CEST on Monday
        ("2025-03-28T10:00:00+01:00", True, "insurance_undertaking", "2025-03-31T11:00:00+02:00"),
        # Friday + 72 h = Easter Monday (a French public holiday): Tuesday noon
        ("2025-04-18T09:00:00+02:00", True, "insurance_undertaking", "2025-04-22T12:00:00+02:00"),
    ],
)
def test_intermediate_report_worked_dates(
    filed: str, relief: bool, category: str, expected: str
) -> None:
    notices = (_notice(filed, _INITIAL),)
    due = _report_due(
        filed, notices, "dora.art19.intermediate_report", relief=relief, category=category
    )
    assert due == _at(expected)


def test_final_report_one_month_after_the_latest_intermediate_report_may_day() -> None:
    notices = (
        _notice("2025-03-28T10:00:00+01:00", _INITIAL),
        _notice("2025-03-30T10:00:00+02:00", _INTERMEDIATE),
        _notice("2025-04-01T10:00:00+02:00", _INTERMEDIATE),
    )
    args: dict[str, Any] = {"aware": "2025-03-28T08:00:00+01:00", "notices": notices}
    strict = _report_due(**args, det_id="dora.art19.final_report", relief=False)
    assert strict == _at("2025-05-01T23:59:59.999999+02:00")  # 1 May, Fête du travail
    relieved = _report_due(**args, det_id="dora.art19.final_report", relief=True)
    assert relieved == _at("2025-05-02T12:00:00+02:00")


@pytest.mark.parametrize(
    ("relief", "category", "expected"),
    [
        # Aware Fri 7 Mar 2025 10:00 CET, classification time not recorded: the outer limit,
        # 24 h = Sat 8 Mar 10:00 CET. Art. 5(4) of 2025/301 (as quoted) covers the initial
        # notification too: by noon on Mon 10 Mar.
        (True, "insurance_undertaking", "2025-03-10T12:00:00+01:00"),
        (False, "insurance_undertaking", "2025-03-08T10:00:00+01:00"),
        # Art. 5(5): not a credit institution's initial notification.
        (True, "credit_institution", "2025-03-08T10:00:00+01:00"),
    ],
)
def test_initial_notification_weekend_relief(relief: bool, category: str, expected: str) -> None:
    incident = _incident(impact=_MAJOR, aware="2025-03-07T10:00:00+01:00", category=category)
    det = assess(incident, options=DoraOptions(weekend_relief=relief))[
        "dora.art19.initial_notification"
    ]
    assert det.deadline.due == _at(expected)
    assert any("Art. 5(4)-(6)" in r.text for r in det.reasons)


def test_an_nis2_essential_entity_has_no_relief_for_its_initial_notification() -> None:
    # Art. 5(5): entities identified as essential or important under NIS2 Art. 3 are excluded
    # from the relief for the initial notification and the intermediate report.
    incident = _incident(impact=_MAJOR, aware="2025-03-07T10:00:00+01:00")
    nis2 = Classification(scheme="nis2", category="essential", source="test")
    org = attrs.evolve(
        incident.controller, classifications=(*incident.controller.classifications, nis2)
    )
    incident = attrs.evolve(incident, controller=org)
    det = assess(incident, options=DoraOptions(weekend_relief=True))[
        "dora.art19.initial_notification"
    ]
    assert det.deadline.due == _at("2025-03-08T10:00:00+01:00")
    assert any("essential under NIS2" in r.text for r in det.reasons)


def test_a_credit_institution_keeps_the_relief_for_its_final_report() -> None:
    # Art. 5(5) excludes only the initial notification and intermediate report: the final
    # report, one month after 1 Apr 2025 = Thu 1 May (Fete du travail, a French public
    # holiday), may be made by noon on Fri 2 May.
    notices = (
        _notice("2025-03-28T10:00:00+01:00", _INITIAL),
        _notice("2025-04-01T10:00:00+02:00", _INTERMEDIATE),
    )
    args: dict[str, Any] = {"aware": "2025-03-28T08:00:00+01:00", "notices": notices}
    due = _report_due(
        **args, det_id="dora.art19.final_report", relief=True, category="credit_institution"
    )
    assert due == _at("2025-05-02T12:00:00+02:00")


def test_nis2_filings_answer_only_their_own_obligation() -> None:
    impact = ServiceImpact(severe_disruption=True)
    gdpr_notice = AuthorityNotice(
        kind=NoticeKind.INITIAL, at=_at("2025-03-03T10:00:00+01:00"), authority="fr-cnil"
    )
    incident = _incident(scheme="nis2", category="essential", impact=impact, notices=(gdpr_notice,))
    result = assess(incident, as_of=_at("2025-03-04T12:00:00+01:00"))
    warning = result["nis2.art23.early_warning"]
    assert warning.status.status.value == "overdue"
    assert warning.deadline.due == _at("2025-03-04T09:00:00+01:00")
    assert warning.recipients == ("fr-anssi",)


def test_dora_displaces_nis2_for_a_financial_entity() -> None:
    org = classified_org(
        "FR",
        Classification(scheme="nis2", category="essential", source="t"),
        Classification(scheme="dora", category="credit_institution", source="t"),
        org_id="bank",
        name="Bank",
    )
    incident = Incident(
        id="b",
        personal_data=False,
        controller=org,
        service_impact=_MAJOR,
        timeline=Timeline(controller_aware_at=_at("2025-03-03T09:00:00+01:00")),
    )
    result = assess(incident)
    assert {str(o.yielding) for o in result.overlaps} >= {"nis2/early_warning/csirt"}
    assert all(
        d.outcome is Outcome.NOT_APPLICABLE
        for d in result.obligations(Duty.EARLY_WARNING, regime="nis2")
    )
    first = result.timeline[0]
    assert first.id == "dora.art19.initial_notification"
    assert first.recipients == ("fr-acpr",)


def test_report_contents_are_checked_against_the_record() -> None:
    incident = _incident(impact=_MAJOR)
    dora_items = regimes.get("dora").content_items(incident, "competent_authority")
    provided = {i.id: i.provided for i in dora_items}
    assert provided["dora.initial.criteria"] is True
    assert provided["dora.initial.detected"] is False  # no classification instant recorded
    nis2_items = regimes.get("nis2").content_items(incident, "csirt")
    assert {i.citation.pinpoint for i in nis2_items} >= {"Art. 23(4)(a)", "Art. 23(4)(d)"}
    assert all(i.may_follow_later for i in nis2_items if i.id.startswith("nis2.23.4.d"))


def test_the_sector_recipients_are_in_the_registry_with_their_provenance() -> None:
    acpr, amf = authorities.recipients("dora", "FR")
    assert (acpr.id, acpr.verified) == ("fr-acpr", True)  # the ACPR's own DORA page
    assert "acpr.banque-france.fr" in (acpr.source or "")
    assert (amf.id, amf.verified) == ("fr-amf", False)  # memory
    (anssi,) = authorities.recipients("nis2", "FR")
    assert (anssi.id, anssi.verified) == ("fr-anssi", False)  # a bill, adoption not verified
    (ico,) = authorities.recipients("pecr")
    assert ico.id == "gb-ico"
    assert ico.regimes == ("uk_gdpr", "pecr")
    gdpr_ids = {a.id for a in authorities.all_authorities()}
    assert gdpr_ids.isdisjoint({"fr-acpr", "fr-amf", "fr-anssi", "gb-ico"})


def test_a_recipient_names_its_designation_and_whether_it_is_verified() -> None:
    result = assess(_incident(impact=_MAJOR))
    initial = result["dora.art19.initial_notification"]
    assert initial.recipients == ("fr-acpr",)
    said = [r.text for r in initial.reasons if r.text.startswith("Reports go to ACPR")]
    assert said
    assert "(not verified)" not in said[0]
    assert "Instructions 2025-I-10" in said[0]


def test_the_overview_names_the_dora_recipient() -> None:
    overview = controller_overview(assess(load(EXAMPLES / "viamedis-almerys-2025.json")))
    assert any(line.startswith("DORA (ACPR): ") for line in overview.also), overview.also
