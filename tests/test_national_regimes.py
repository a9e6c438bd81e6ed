"""The LGPD (Brazil) and Privacy Act 1988 (Australia) regimes: registry, content, clocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breachmodel import law, regimes
from breachmodel.assessment import assess
from breachmodel.authorities import recipients
from breachmodel.clocks import HolidayCalendar
from breachmodel.determination import Outcome
from breachmodel.errors import BreachModelError
from breachmodel.model import Incident
from breachmodel.regimes.lgpd import BrazilCalendar, LgpdOptions
from breachmodel.serialization import from_data

SAO_PAULO = ZoneInfo("America/Sao_Paulo")


def _count(n: int) -> dict[str, object]:
    return {"precision": "exact", "value": n}


def _brazilian(aware: datetime, *findings: dict[str, object], **extra: object) -> Incident:
    data: dict[str, object] = {
        "schema_version": "1.0",
        "id": "br",
        "controller": {"id": "c", "name": "C", "establishments": [{"country": "BR"}]},
        "data": [{"category": "health"}],
        "subjects": [
            {
                "kind": "patients",
                "count": _count(10),
                "by_country": [{"country": "BR", "count": _count(10)}],
            }
        ],
        "effects": {"confidentiality": {"exfiltration": "confirmed"}},
        "findings": [{"regime": "lgpd", "fact": "significant_effect", "answer": True}, *findings],
        "timeline": {"controller_aware_at": aware.isoformat()},
        **extra,
    }
    return from_data(data, source="test")


def test_the_recipients_are_in_the_registry_with_their_sources() -> None:
    (anpd,) = recipients("lgpd")
    (oaic,) = recipients("au_privacy")
    (pdpc,) = recipients("sg_pdpa")
    assert (pdpc.id, pdpc.timezone, pdpc.verified) == ("sg-pdpc", "Asia/Singapore", True)
    assert (anpd.id, anpd.timezone, anpd.verified) == ("br-anpd", "America/Sao_Paulo", False)
    assert (oaic.id, oaic.timezone) == ("au-oaic", "Australia/Sydney")
    assert anpd.source
    assert "Art. 48" in anpd.source
    assert oaic.source
    assert "26WK" in oaic.source


def test_the_regimes_declare_their_findings_and_instruments() -> None:
    lgpd, au = regimes.get("lgpd"), regimes.get("au_privacy")
    assert set(lgpd.findings) == {"significant_effect", "elderly", "secrecy", "large_scale"}
    assert "serious_harm_likely" in au.findings
    assert any("planalto.gov.br" in line for line in lgpd.instruments)
    assert law.get("sg-pdpa").versions[0].applies_from == date(2021, 2, 1)


def test_a_finding_the_regime_does_not_read_is_refused() -> None:
    incident = _brazilian(
        datetime(2025, 5, 5, 9, tzinfo=SAO_PAULO), {"regime": "lgpd", "fact": "risky"}
    )
    with pytest.raises(BreachModelError, match=r"findings\[1\]\.fact"):
        assess(incident)


def test_the_content_of_the_communication_follows_art_48_para_1() -> None:
    a = assess(_brazilian(datetime(2025, 5, 5, 9, tzinfo=SAO_PAULO)), sensitivities=False)
    items = a["lgpd.art48.content"].checklist
    assert [i.id for i in items] == [
        f"lgpd.content.{n}" for n in ("I", "II", "III", "IV", "V", "VI")
    ]
    assert [i.provided for i in items][:2] == [True, True]
    assert str(items[5].citation) == "Art. 48, § 1, VI LGPD"


def test_before_resolution_15_the_period_is_open_ended() -> None:
    a = assess(_brazilian(datetime(2023, 5, 5, 9, tzinfo=SAO_PAULO)), sensitivities=False)
    deadline = a["lgpd.art48.notify_anpd"].deadline
    assert deadline.open_ended
    assert deadline.due is None


def test_before_the_lgpd_the_regime_does_not_apply() -> None:
    a = assess(_brazilian(datetime(2020, 5, 5, 9, tzinfo=SAO_PAULO)), sensitivities=False)
    reach = {c.regime: c for c in a.considered}["lgpd"]
    assert reach.reach.value == "not_applicable"
    assert "18 September 2020" in reach.reasons[0].text
    forced = assess(_brazilian(datetime(2020, 5, 5, 9, tzinfo=SAO_PAULO)), regimes=["lgpd"])
    assert forced["lgpd.art48.notify_anpd"].outcome is Outcome.NOT_APPLICABLE


def test_unreachable_data_subjects_get_a_public_notice() -> None:
    incident = _brazilian(
        datetime(2025, 5, 5, 9, tzinfo=SAO_PAULO), contact={"contact_details_available": False}
    )
    reasons = assess(incident, sensitivities=False)["lgpd.art48.inform_subjects"].reasons
    assert any("public notice" in r.text and "three months" in r.text for r in reasons)


@settings(max_examples=40, deadline=None)
@given(
    st.datetimes(min_value=datetime(2024, 5, 1), max_value=datetime(2027, 12, 31)),  # noqa: DTZ001
    st.sampled_from(list(BrazilCalendar)),
)
def test_the_anpd_deadline_ends_a_working_day_three_working_days_later(
    naive: datetime, calendar: BrazilCalendar
) -> None:
    aware = naive.replace(tzinfo=SAO_PAULO)
    a = assess(_brazilian(aware), options=LgpdOptions(calendar=calendar), sensitivities=False)
    due = a["lgpd.art48.notify_anpd"].deadline.due.astimezone(SAO_PAULO)
    cal: HolidayCalendar = calendar.calendar()
    assert (due + timedelta(microseconds=1)).time() == datetime.min.time()
    assert cal.is_working_day(due.date())
    between = [
        aware.date() + timedelta(days=n) for n in range(1, (due.date() - aware.date()).days + 1)
    ]
    assert sum(cal.is_working_day(d) for d in between) == 3


def test_the_australian_assessment_is_met_by_the_recorded_conclusion() -> None:
    start = datetime(2025, 1, 6, 9, tzinfo=ZoneInfo("Australia/Sydney"))
    incident = from_data(
        {
            "schema_version": "1.0",
            "id": "au",
            "controller": {
                "id": "c",
                "name": "C",
                "establishments": [{"country": "AU"}],
                "classifications": [
                    {"scheme": "au_privacy", "category": "app_entity", "source": "test"}
                ],
            },
            "data": [{"category": "identity"}],
            "subjects": [
                {"kind": "customers", "by_country": [{"country": "AU", "count": _count(3)}]}
            ],
            "effects": {"confidentiality": {"exfiltration": "confirmed"}},
            "findings": [
                {
                    "regime": "au_privacy",
                    "fact": "serious_harm_likely",
                    "answer": True,
                    "at": (start + timedelta(days=40)).isoformat(),
                }
            ],
            "timeline": {"detected_at": start.isoformat()},
        },
        source="test",
    )
    det = assess(incident, as_of=datetime(2025, 3, 1, tzinfo=UTC), sensitivities=False)[
        "au_privacy.s26wh.assess"
    ]
    assert det.status.status.value == "met_late"
    assert det.assumptions
    assert "detected" in det.assumptions[0].assumed
    statement = assess(incident, sensitivities=False)["au_privacy.s26wk.statement"].checklist
    assert [i.id for i in statement] == [f"au_privacy.statement.{p}" for p in "abcd"]


def _singaporean(count: int, *categories: str) -> Incident:
    return from_data(
        {
            "schema_version": "1.0",
            "id": "sg",
            "controller": {"id": "c", "name": "C", "establishments": [{"country": "SG"}]},
            "data": [{"category": c} for c in categories],
            "subjects": [
                {
                    "kind": "customers",
                    "count": _count(count),
                    "by_country": [{"country": "SG", "count": _count(count)}],
                }
            ],
            "effects": {"confidentiality": {"exfiltration": "confirmed"}},
            "findings": [{"regime": "sg_pdpa", "fact": "significant_harm", "answer": False}],
            "timeline": {"controller_aware_at": "2025-05-05T09:00:00+08:00"},
        },
        source="test",
    )


@pytest.mark.parametrize(
    ("count", "categories", "outcome"),
    [
        (499, ("contact",), Outcome.NOT_REQUIRED),
        (500, ("contact",), Outcome.REQUIRED),
        (10, ("identity", "financial"), Outcome.REQUIRED),
        (10, ("financial",), Outcome.NOT_REQUIRED),
        (10, ("credentials",), Outcome.REQUIRED),
    ],
)
def test_singapore_scale_is_500_or_more_and_prescribed_data_is_deemed_harm(
    count: int, categories: tuple[str, ...], outcome: Outcome
) -> None:
    a = assess(_singaporean(count, *categories), regimes=["sg_pdpa"], sensitivities=False)
    assert a["sg_pdpa.s26d.notify_pdpc"].outcome is outcome
    items = a["sg_pdpa.s26d.content"].checklist
    assert len(items) == (8 if outcome is Outcome.REQUIRED else 0)


def test_pipeda_keeps_the_record_24_months_and_reports_open_ended() -> None:
    (opc,) = recipients("pipeda")
    assert (opc.id, opc.timezone, opc.verified) == ("ca-opc", "America/Toronto", True)
    incident = from_data(
        {
            "schema_version": "1.0",
            "id": "ca",
            "controller": {"id": "c", "name": "C", "establishments": [{"country": "CA"}]},
            "data": [{"category": "payment_card"}],
            "subjects": [
                {"kind": "customers", "by_country": [{"country": "CA", "count": _count(5)}]}
            ],
            "effects": {"confidentiality": {"exfiltration": "confirmed"}},
            "findings": [
                {"regime": "pipeda", "fact": "rrosh", "answer": True},
                {"regime": "pipeda", "fact": "determined", "at": "2025-02-28T16:00:00-05:00"},
            ],
        },
        source="test",
    )
    a = assess(incident, regimes=["pipeda"], sensitivities=False)
    assert "until 2027-02-28" in a["pipeda.s10_3.record"].reasons[0].text
    report = a["pipeda.s10_1.report_opc"]
    assert report.deadline.open_ended
    assert report.deadline.duty.value == "as_soon_as_feasible"
    assumed = {x.path for x in report.assumptions}
    assert assumed == {"$.controller.classifications", "$.subjects[*].by_subdivision"}
    assert a["pipeda.s10_2.notify_organisations"].outcome is Outcome.UNDETERMINED
    assert [i.id[-1] for i in a["pipeda.s10_1.report_content"].checklist] == list("abcdefg")


@settings(max_examples=30, deadline=None)
@given(
    st.sets(st.sampled_from(["FR", "DE", "US", "BR", "AU", "SG", "CA", "JP"]), min_size=1),
    st.sampled_from(["FR", "US", "BR", "AU", "SG", "CA"]),
)
def test_a_national_law_is_considered_only_where_people_live_or_the_organisation_is(
    countries: set[str], established: str
) -> None:
    incident = from_data(
        {
            "schema_version": "1.0",
            "id": "x",
            "controller": {"id": "c", "name": "C", "establishments": [{"country": established}]},
            "data": [{"category": "contact"}],
            "subjects": [
                {
                    "kind": "customers",
                    "by_country": [{"country": c, "count": _count(3)} for c in sorted(countries)],
                }
            ],
            "timeline": {"controller_aware_at": "2025-05-05T09:00:00+00:00"},
        },
        source="test",
    )
    reach = {c.regime: c.reach.value for c in assess(incident, sensitivities=False).considered}
    for regime, country in (
        ("lgpd", "BR"),
        ("au_privacy", "AU"),
        ("sg_pdpa", "SG"),
        ("pipeda", "CA"),
    ):
        touched = country in countries or country == established
        assert (reach[regime] != "not_applicable") == touched, (regime, countries, established)
