"""Japan and Korea regimes: example tests per provision beside the scenarios.

The scenarios (``tests/scenarios/{jp_appi,kr_pipa}``) carry the worked cases; these tests pin
the parts a scenario does not show: content checklists per recipient, options, the counting
convention, the applicability edges, and the reach helpers.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from breachmodel.assessment import assess
from breachmodel.clocks import (
    Anchor,
    CalendarDays,
    Convention,
    DeadlineRule,
    WeekdayCalendar,
    WorkingDays,
    compute_deadline,
)
from breachmodel.errors import InvalidRuleError
from breachmodel.model import (
    ActorOrigin,
    AuthorityNotice,
    Cause,
    Classification,
    Confidentiality,
    Count,
    DataConcerned,
    Effects,
    Establishment,
    Incident,
    Integrity,
    Intent,
    NoticeKind,
    Organisation,
    PublicCommunication,
    ResidenceCount,
    SubjectCommunication,
    SubjectGroup,
    SubjectKind,
    Timeline,
    Vector,
)
from breachmodel.regimes import get
from breachmodel.regimes._base import Reach
from breachmodel.regimes._national import counted_in
from breachmodel.regimes.jp_appi import JpAppiOptions
from breachmodel.regimes.jp_appi.cases import reportability
from sector_kit import classified_org

TOKYO = ZoneInfo("Asia/Tokyo")
AWARE = datetime(2025, 6, 2, 9, 0, tzinfo=TOKYO)


def _incident(
    country: str = "JP", *, people: int = 10, data: str = "health", **kw: object
) -> Incident:
    group = SubjectGroup(
        kind=SubjectKind.CUSTOMERS,
        count=Count.exact(people),
        by_country=(ResidenceCount(country=country, count=Count.exact(people)),),
    )
    fields: dict[str, object] = {
        "id": "t",
        "controller": Organisation(
            id="c", name="C", establishments=(Establishment(country=country, main=True),)
        ),
        "data": (DataConcerned(category=data),),
        "subjects": (group,),
        "effects": Effects(confidentiality=Confidentiality()),
        "timeline": Timeline(controller_aware_at=AWARE),
    }
    fields.update(kw)
    return Incident(**fields)  # type: ignore[arg-type]


class TestFirstDayIncluded:
    def _rule(self, period: CalendarDays | WorkingDays) -> DeadlineRule:
        return DeadlineRule(
            id="t.final",
            label="Final report",
            anchor=Anchor.AWARENESS,
            period=period,
            timezone="Asia/Tokyo",
            convention=Convention.FIRST_DAY_INCLUDED,
        )

    def test_the_day_of_the_event_is_day_one(self) -> None:
        due = compute_deadline(self._rule(CalendarDays(n=30)), {Anchor.AWARENESS: AWARE}).due
        assert due == datetime(2025, 7, 1, 23, 59, 59, 999999, tzinfo=TOKYO)

    def test_a_late_evening_in_utc_is_the_next_day_in_tokyo(self) -> None:
        start = datetime(2025, 6, 1, 16, 0, tzinfo=ZoneInfo("UTC"))  # 01:00 on 2 June, Tokyo
        due = compute_deadline(self._rule(CalendarDays(n=1)), {Anchor.AWARENESS: start}).due
        assert due == datetime(2025, 6, 2, 23, 59, 59, 999999, tzinfo=TOKYO)

    def test_working_days_are_refused_with_the_reason(self) -> None:
        with pytest.raises(InvalidRuleError, match="calendar days only"):
            DeadlineRule(
                id="t.x",
                label="x",
                anchor=Anchor.AWARENESS,
                period=WorkingDays(n=3, calendar=WeekdayCalendar()),
                timezone="Asia/Tokyo",
                convention=Convention.FIRST_DAY_INCLUDED,
            )


class TestJapan:
    def test_options_refuse_a_target_outside_one_to_thirty_days(self) -> None:
        with pytest.raises(ValueError, match="preliminary_target_days"):
            JpAppiOptions(preliminary_target_days=31)
        assert JpAppiOptions(final_day_count="civil_code").final_day_count.value == "civil_code"

    def test_content_checklists_per_recipient(self) -> None:
        regime = get("jp_appi")
        incident = _incident()
        ppc = regime.content_items(incident, "ppc")
        assert [i.citation.pinpoint for i in ppc][:2] == ["Art. 8(i)", "Art. 8(ii)"]
        assert len(ppc) == 9
        assert all(i.may_follow_later for i in ppc)
        people = regime.content_items(incident, "data_subjects")
        assert [i.id for i in people] == [
            "jp.notice.summary",
            "jp.notice.items",
            "jp.notice.cause",
            "jp.notice.harm",
        ]
        assert regime.content_items(incident, "public") == ()

    def test_the_report_content_carries_the_checklist_when_owed(self) -> None:
        a = assess(_incident(), regimes=["jp_appi"], sensitivities=False)
        det = a["jp_appi.art26.report_content"]
        assert det.outcome.value == "required"
        assert {i.id for i in det.checklist} >= {"jp.report.summary", "jp.report.items"}

    def test_an_administrative_organ_is_not_assessed_and_the_reason_says_why(self) -> None:
        org = Organisation(
            id="city",
            name="City",
            public_authority=True,
            establishments=(Establishment(country="JP", main=True),),
        )
        reach = get("jp_appi").applicability(_incident(controller=org))
        assert reach.reach is Reach.NOT_APPLICABLE
        assert "Art. 68" in reach.reasons[0].text

    def test_an_incident_known_before_april_2022_is_not_assessed(self) -> None:
        early = Timeline(controller_aware_at=datetime(2022, 3, 31, 9, tzinfo=TOKYO))
        reach = get("jp_appi").applicability(_incident(timeline=early))
        assert reach.reach is Reach.NOT_APPLICABLE

    def test_the_analysis_summary_names_the_cases_met(self) -> None:
        found = reportability(_incident())
        assert found.summary == "Reportable to the PPC: yes (Art. 7(i))"

    def test_an_unknown_count_leaves_the_scale_case_open(self) -> None:
        incident = _incident(data="contact")
        unknown = SubjectGroup(kind=SubjectKind.CUSTOMERS)
        found = reportability(
            Incident(
                id="u", controller=incident.controller, data=incident.data, subjects=(unknown,)
            )
        )
        assert found.reportable is None
        assert {m.path for m in found.missing_facts} == {"$.cause.intent", "$.subjects"}


class TestKorea:
    def test_alteration_alone_is_not_a_divulgence(self) -> None:
        changed = Effects(integrity=Integrity(altered=True))
        a = assess(_incident("KR", effects=changed), regimes=["kr_pipa"], sensitivities=False)
        assert a["kr_pipa.art34.notify_data_subjects"].outcome.value == "not_required"

    def test_nothing_recorded_about_the_effects_is_undetermined(self) -> None:
        a = assess(_incident("KR", effects=Effects()), regimes=["kr_pipa"], sensitivities=False)
        det = a["kr_pipa.art34.notify_data_subjects"]
        assert det.outcome.value == "undetermined"
        assert [m.path for m in det.missing_facts] == ["$.effects"]

    def test_sensitive_data_is_reportable_for_one_person(self) -> None:
        a = assess(_incident("KR", people=1), regimes=["kr_pipa"], sensitivities=False)
        det = a["kr_pipa.art34.report"]
        assert det.outcome.value == "required"
        assert det.recipients == ("kr-pipc", "kr-kisa")
        assert next(i.id for i in a["kr_pipa.art34.report_content"].checklist) == "kr.items"


class TestReach:
    def test_residents_are_summed_over_groups_and_a_link_needs_a_count(self) -> None:
        incident = Incident(
            id="r",
            controller=Organisation(id="c", name="C"),
            subjects=tuple(
                SubjectGroup(
                    kind=SubjectKind.CUSTOMERS,
                    by_country=(ResidenceCount(country="KR", count=Count.exact(n)),),
                )
                for n in (3, 4)
            ),
        )
        assert incident.residents_in("KR") == Count.exact(7)
        assert incident.residents_in("JP") == Count.exact(0)
        assert counted_in(incident, "KR")
        assert not counted_in(incident, "JP")


def test_every_recipient_id_is_in_the_registry_for_its_regime() -> None:
    from breachmodel.authorities import get_authority

    later = Timeline(controller_aware_at=datetime(2027, 6, 1, tzinfo=ZoneInfo("Asia/Kolkata")))
    cases = (
        ("jp_appi", _incident()),
        ("kr_pipa", _incident("KR", people=1)),
        ("in_dpdp", _incident("IN", timeline=later)),
    )
    for regime, incident in cases:
        a = assess(incident, regimes=[regime], sensitivities=False)
        ids = {r for d in a.determinations for r in d.recipients if "-" in r}
        assert ids
        for authority_id in ids:
            assert regime in get_authority(authority_id).regimes


class TestIndia:
    AWARE_2027 = datetime(2027, 6, 1, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))

    def _dpdp(self) -> Incident:
        return _incident("IN", timeline=Timeline(controller_aware_at=self.AWARE_2027))

    def test_the_intimations_carry_the_rule_7_checklists(self) -> None:
        a = assess(self._dpdp(), regimes=["in_dpdp"], sensitivities=False)
        principals = a["in_dpdp.r7.intimate_principals"].checklist
        assert [i.citation.pinpoint for i in principals] == [f"r. 7(1)({c})" for c in "abcde"]
        board = a["in_dpdp.r7.detailed_report"].checklist
        assert len(board) == 6
        assert all(i.may_follow_later for i in board)
        assert get("in_dpdp").content_items(self._dpdp(), "board")[0].id == "in.dpdp.board.a"

    def test_no_date_recorded_is_undetermined_and_asks_for_awareness(self) -> None:
        reach = get("in_dpdp").applicability(_incident("IN", timeline=Timeline()))
        assert reach.reach is Reach.UNDETERMINED
        assert [m.path for m in reach.missing_facts] == ["$.timeline.controller_aware_at"]

    def test_a_regime_asked_for_before_commencement_says_not_applicable(self) -> None:
        a = assess(_incident("IN"), regimes=["in_dpdp"], sensitivities=False)
        det = a["in_dpdp.r7.intimate_board"]
        assert det.outcome.value == "not_applicable"
        assert "13 May 2027" in det.reasons[0].text

    def test_certin_recipients_and_content(self) -> None:
        certin = Classification(scheme="in_certin", category="body_corporate", source="test")
        org = classified_org("IN", certin, org_id="c", name="C")
        cause = Cause(intent=Intent.MALICIOUS, vectors=frozenset({Vector.PHISHING}))
        incident = _incident("IN", controller=org, cause=cause)
        a = assess(incident, regimes=["in_certin"], sensitivities=False)
        assert a["in_certin.dir2.report"].recipients == ("in-certin",)
        items = {i.id for i in a["in_certin.dir2.report_content"].checklist}
        assert {"in.certin.type", "in.certin.noticed"} <= items
        assert get("in_certin").content_items(incident, "data_subjects") == ()


def test_one_incident_in_france_japan_and_korea_has_every_clock_on_one_timeline() -> None:
    """A French retailer's hack touching people in France, Japan and Korea: the GDPR's and
    Korea's 72 hours and Japan's 3-day target fall at the same instant, Japan's 60-day final
    report last."""
    aware = datetime(2025, 3, 14, 18, 0, tzinfo=ZoneInfo("Europe/Paris"))
    groups = tuple(
        SubjectGroup(
            kind=SubjectKind.CUSTOMERS,
            count=Count.exact(n),
            by_country=(ResidenceCount(country=c, count=Count.exact(n)),),
        )
        for c, n in (("FR", 5000), ("JP", 2000), ("KR", 300))
    )
    incident = Incident(
        id="multi",
        controller=Organisation(
            id="r", name="Retail SA", establishments=(Establishment(country="FR", main=True),)
        ),
        data=(DataConcerned(category="contact"), DataConcerned(category="payment_card")),
        subjects=groups,
        effects=Effects(confidentiality=Confidentiality()),
        cause=Cause(
            intent=Intent.MALICIOUS,
            actor=ActorOrigin.EXTERNAL,
            vectors=frozenset({Vector.EXPLOITED_VULNERABILITY}),
        ),
        timeline=Timeline(controller_aware_at=aware),
    )
    a = assess(incident, sensitivities=False)
    ids = [d.id for d in a.timeline]
    assert ids[0] == "gdpr.art33.notify_authority"
    assert ids[-1] == "jp_appi.art26.final_report"
    when = {d.id: d.deadline.due or d.deadline.target for d in a.timeline if d.deadline}
    due = {k: v for k, v in when.items() if v is not None}
    assert due["gdpr.art33.notify_authority"] == due["kr_pipa.art34.report"]
    assert due["kr_pipa.art34.report"] == due["jp_appi.art26.preliminary_report"]
    assert due["jp_appi.art26.final_report"] == datetime(
        2025, 5, 13, 23, 59, 59, 999999, tzinfo=ZoneInfo("Asia/Tokyo")
    )


_KOLKATA_2027 = datetime(2027, 6, 1, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
_PEOPLE = {
    "jp_appi": ("JP", "jp_appi.art26.notify_individuals", AWARE),
    "kr_pipa": ("KR", "kr_pipa.art34.notify_data_subjects", AWARE),
    "in_dpdp": ("IN", "in_dpdp.r7.intimate_principals", _KOLKATA_2027),
}


class TestLettersToThePeople:
    """A communication to the people recorded without an ``obligation`` counts for each
    regime's notice to the people, as the incident model documents; one keyed to another
    regime's obligation does not. Korea's 72 hours can be met late; Japan's "promptly" and
    India's "without delay" are open-ended, done once the letters are sent."""

    @staticmethod
    def _status(regime: str, *letters: SubjectCommunication) -> str:
        country, det_id, aware = _PEOPLE[regime]
        timeline = Timeline(controller_aware_at=aware, subject_communications=letters)
        incident = _incident(country, timeline=timeline)
        a = assess(incident, regimes=[regime], sensitivities=False, as_of=aware + timedelta(30))
        det = a[det_id]
        assert det.outcome.value == "required"
        assert det.status is not None
        return str(det.status.status.value)

    @pytest.mark.parametrize(
        ("regime", "nothing"), [("jp_appi", "open"), ("kr_pipa", "overdue"), ("in_dpdp", "open")]
    )
    def test_unkeyed_letters_sent_the_next_hour_are_done(self, regime: str, nothing: str) -> None:
        aware = _PEOPLE[regime][2]
        assert self._status(regime) == nothing
        assert self._status(regime, SubjectCommunication(at=aware + timedelta(hours=1))) == "met"

    @pytest.mark.parametrize(("regime", "late"), [("jp_appi", "met"), ("kr_pipa", "met_late")])
    def test_unkeyed_letters_sent_after_the_72_hours(self, regime: str, late: str) -> None:
        # Japan's duty has no fixed hours: letters sent at all meet it.
        aware = _PEOPLE[regime][2]
        letters = SubjectCommunication(at=aware + timedelta(hours=73))
        assert self._status(regime, letters) == late

    @pytest.mark.parametrize(("regime", "nothing"), [("kr_pipa", "overdue"), ("in_dpdp", "open")])
    def test_letters_keyed_to_another_regime_do_not_count(self, regime: str, nothing: str) -> None:
        aware = _PEOPLE[regime][2]
        gdpr = "gdpr/inform_individuals/data_subjects"
        letters = SubjectCommunication(at=aware + timedelta(hours=1), obligation=gdpr)
        assert self._status(regime, letters) == nothing

    def test_letters_keyed_to_the_obligation_count(self) -> None:
        own = "kr_pipa/inform_individuals/data_subjects"
        letters = SubjectCommunication(at=AWARE + timedelta(hours=1), obligation=own)
        assert self._status("kr_pipa", letters) == "met"

    def test_a_public_notice_does_not_answer_the_peoples_notice(self) -> None:
        timeline = Timeline(
            controller_aware_at=AWARE,
            public_communications=(PublicCommunication(at=AWARE + timedelta(hours=1)),),
        )
        a = assess(
            _incident("KR", timeline=timeline),
            regimes=["kr_pipa"],
            sensitivities=False,
            as_of=AWARE + timedelta(30),
        )
        status = a["kr_pipa.art34.notify_data_subjects"].status
        assert status is not None
        assert status.status.value == "overdue"

    @pytest.mark.parametrize(("keyed", "status"), [(False, "overdue"), (True, "met")])
    def test_certin_reports_still_count_only_when_keyed(self, keyed: bool, status: str) -> None:
        certin = Classification(scheme="in_certin", category="body_corporate", source="test")
        org = classified_org("IN", certin, org_id="c", name="C")
        cause = Cause(intent=Intent.MALICIOUS, vectors=frozenset({Vector.PHISHING}))
        key = "in_certin/notify_authority/cert_in" if keyed else None
        report = AuthorityNotice(
            kind=NoticeKind.INITIAL,
            at=AWARE + timedelta(hours=1),
            authority="in-certin",
            obligation=key,
        )
        timeline = Timeline(controller_aware_at=AWARE, authority_notices=(report,))
        incident = _incident("IN", controller=org, cause=cause, timeline=timeline)
        a = assess(
            incident, regimes=["in_certin"], sensitivities=False, as_of=AWARE + timedelta(30)
        )
        found = a["in_certin.dir2.report"].status
        assert found is not None
        assert found.status.value == status
