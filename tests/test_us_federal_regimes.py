"""HIPAA and Form 8-K Item 1.05, paragraph by paragraph: what the scenarios do not pin.

Bad input names its field; roles and registrant kinds decide reach; the breach analysis and
the Attorney General's delay read as the law pages say.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from breachmodel.assessment import assess
from breachmodel.errors import BreachModelError
from breachmodel.model import (
    Classification,
    Count,
    DataCategory,
    DataConcerned,
    Establishment,
    Finding,
    Incident,
    Organisation,
    SubjectGroup,
    SubjectKind,
    Timeline,
)
from breachmodel.obligations import Duty
from breachmodel.regimes import get
from breachmodel.regimes._base import analysis_summary

AS_OF = datetime(2024, 6, 1, tzinfo=UTC)
SEEN = datetime(2024, 4, 2, 13, tzinfo=UTC)


def _incident(scheme: str, category: str, *findings: Finding, seen: datetime = SEEN) -> Incident:
    org = Organisation(
        id="o",
        name="Org",
        establishments=(Establishment(country="US", subdivision="US-TX"),),
        classifications=(Classification(scheme=scheme, category=category, source="test record"),),
    )
    return Incident(
        id="x",
        controller=org,
        data=(DataConcerned(category=DataCategory.HEALTH.value),),
        subjects=(SubjectGroup(kind=SubjectKind.PATIENTS, count=Count.exact(20)),),
        timeline=Timeline(detected_at=seen),
        findings=findings,
    )


def test_an_unknown_hipaa_role_is_refused_naming_the_field() -> None:
    with pytest.raises(BreachModelError, match=r"classifications\[hipaa\]\.category"):
        assess(_incident("hipaa", "hospital"), as_of=AS_OF, regimes=["hipaa"])


def test_an_unknown_exclusion_is_refused_naming_the_field() -> None:
    bad = Finding(regime="hipaa", fact="exception", value="good_faith")
    with pytest.raises(BreachModelError, match=r"findings\[hipaa/exception\]\.value"):
        assess(_incident("hipaa", "covered_entity", bad), as_of=AS_OF, regimes=["hipaa"])


def test_an_unknown_contacts_value_is_refused_naming_the_field() -> None:
    bad = Finding(regime="hipaa", fact="out_of_date_contacts", value="some")
    with pytest.raises(BreachModelError, match=r"out_of_date_contacts\]\.value"):
        assess(_incident("hipaa", "covered_entity", bad), as_of=AS_OF, regimes=["hipaa"])


def test_not_covered_and_pre_2013_breaches_are_not_assessed() -> None:
    regime = get("hipaa")
    assert regime.applicability(_incident("hipaa", "not_covered")).reach.value == "not_applicable"
    old = _incident("hipaa", "covered_entity", seen=datetime(2013, 9, 22, 12, tzinfo=UTC))
    found = regime.applicability(old)
    assert found.reach.value == "not_applicable"
    assert "significant risk of harm" in found.reasons[0].text


def test_the_breach_analysis_says_what_it_concluded() -> None:
    a = assess(_incident("hipaa", "covered_entity"), as_of=AS_OF, regimes=["hipaa"])
    (breach,) = [x for r in a.regimes for x in r.analyses if x.kind == "breach"]
    assert analysis_summary(breach) == ("Breach of unsecured protected health information: yes",)


def test_a_small_breach_owes_no_media_notice_and_goes_to_the_log() -> None:
    a = assess(_incident("hipaa", "covered_entity"), as_of=AS_OF, regimes=["hipaa"])
    assert a["hipaa.s164_406.media"].outcome.value == "not_required"
    # Discovered 2 Apr 2024: the 2024 log is due 60 days after 31 Dec 2024, 1 Mar 2025.
    due = a["hipaa.s164_408.notify_secretary"].deadline
    assert due is not None
    assert due.due_local_iso == "2025-03-01T23:59:59.999999-05:00"


def test_a_business_associate_owes_the_covered_entity_and_the_processor_view_cites_it() -> None:
    a = assess(_incident("hipaa", "business_associate"), as_of=AS_OF, regimes=["hipaa"])
    ids = [d.id for d in a.determinations]
    assert "hipaa.s164_410.notify_covered_entity" in ids
    assert "hipaa.s164_404.notify_individuals" not in ids
    cites = [str(c) for c in get("hipaa").processor_duty(Duty.NOTIFY_CONTROLLER)]
    assert cites == ["45 CFR, § 164.410(a)", "45 CFR, § 164.410(b)"]


def test_the_media_notice_checks_the_individuals_content() -> None:
    regime = get("hipaa")
    incident = _incident("hipaa", "covered_entity")
    media = regime.content_items(incident, "media_us_tx")
    assert [c.id for c in media] == [c.id for c in regime.content_items(incident, "individuals")]
    assert regime.content_items(incident, "us-hhs-ocr") == ()


def test_a_foreign_private_issuer_and_a_late_smaller_company_are_not_assessed() -> None:
    regime = get("us_sec")
    fpi = regime.applicability(_incident("us_sec", "foreign_private_issuer"))
    assert "Form 6-K" in fpi.reasons[0].text
    early = Finding(
        regime="us_sec", fact="material", answer=True, at=datetime(2024, 3, 1, 15, tzinfo=UTC)
    )
    src = regime.applicability(_incident("us_sec", "smaller_reporting_company", early))
    assert src.reach.value == "not_applicable"
    assert "2024-06-15" in src.reasons[0].text


def test_an_unknown_registrant_kind_is_refused_naming_the_field() -> None:
    with pytest.raises(BreachModelError, match=r"classifications\[us_sec\]\.category"):
        get("us_sec").applicability(_incident("us_sec", "listed"))


def test_a_delay_ending_before_the_four_business_days_changes_nothing() -> None:
    # Determined Mon 6 May 2024; due Fri 10 May 17:30 EDT. A delay "until" 8 May ends first.
    material = Finding(
        regime="us_sec", fact="material", answer=True, at=datetime(2024, 5, 6, 14, tzinfo=UTC)
    )
    delay = Finding(
        regime="us_sec",
        fact="attorney_general_delay",
        answer=True,
        until=datetime(2024, 5, 8, tzinfo=UTC),
    )
    a = assess(_incident("us_sec", "registrant", material, delay), as_of=AS_OF, regimes=["us_sec"])
    filed = a["us_sec.item105.file_8k"]
    assert filed.deadline is not None
    assert filed.deadline.due == datetime(2024, 5, 10, 21, 30, tzinfo=UTC)
    assert not any("Attorney General determined" in r.text for r in filed.reasons)


def test_a_business_associate_outside_the_rule_shows_its_own_duty() -> None:
    # Discovered 22 Sep 2013, before the encoded rule: not applicable, and the result lists
    # the business associate's notice to the covered entity, not a covered entity's duties.
    old = _incident("hipaa", "business_associate", seen=datetime(2013, 9, 22, 12, tzinfo=UTC))
    a = assess(old, as_of=AS_OF, regimes=["hipaa"])
    assert [d.id for d in a.determinations] == [
        "hipaa.s164_410.notify_covered_entity",
        "hipaa.s164_414.documentation",
    ]
    assert a.determinations[0].outcome.value == "not_applicable"
