"""UK GDPR: built from the GDPR's rule functions, re-targeted at the ICO and the UK text."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from _builders import breach, establishment, org, subjects, utc, with_timeline

from breachmodel.assessment import assess
from breachmodel.clocks import Check, Status
from breachmodel.determination import Determination, Outcome, ReasonKind
from breachmodel.model import AuthorityNotice, Incident, NoticeKind, Occurrence
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes._base import Reach
from breachmodel.regimes.gdpr.options import GdprOptions, Ruleset
from breachmodel.regimes.pecr import REGIME as PECR
from breachmodel.regimes.uk_gdpr import REGIME
from breachmodel.regimes.uk_gdpr._law import IP_COMPLETION_DAY, UK_GDPR_VERSIONS

LONDON = ZoneInfo("Europe/London")


def uk(**changes: object) -> Incident:
    """The baseline breach at a controller established in London, people in the UK."""
    fields: dict[str, object] = {
        "controller": org("acme", establishment("GB", main=True)),
        "subjects": (subjects(40, "GB"),),
    }
    fields.update(changes)
    return breach(**fields)


def determinations(
    incident: Incident, options: GdprOptions | None = None
) -> dict[str, Determination]:
    """The UK GDPR's determinations as the assessment gives them: after PECR's overlaps."""
    dets, _ = REGIME.determine_yielding(incident, options, tuple(PECR.overlaps(incident)))
    return {d.id: d for d in dets}


def at(incident: Incident, instant: datetime) -> Incident:
    return with_timeline(
        incident, occurred=Occurrence.at(instant), detected_at=instant, controller_aware_at=instant
    )


# --- applicability ------------------------------------------------------------------------


def test_a_uk_establishment_brings_the_uk_gdpr() -> None:
    applies = REGIME.applicability(uk())
    assert applies.reach is Reach.APPLICABLE
    assert "Art. 3(1) UK GDPR" in {str(c) for r in applies.reasons for c in r.citations}


def test_people_in_the_uk_bring_it_under_art_3_2_as_an_assumption() -> None:
    incident = breach(subjects=(subjects(40, "FR", "GB"),))
    applies = REGIME.applicability(incident)
    assert applies.reach is Reach.APPLICABLE
    warned = [r for r in applies.reasons if r.kind is ReasonKind.WARNING]
    assert warned
    assert "Art. 3(2)(a) UK GDPR" in {str(c) for c in warned[0].citations}
    notify = determinations(incident)["uk_gdpr.art33.notify_authority"]
    assert "$.controller.establishments" in [m.path for m in notify.open_questions]


def test_nothing_in_the_uk_is_not_applicable() -> None:
    applies = REGIME.applicability(breach())
    assert applies.reach is Reach.NOT_APPLICABLE
    assert all(d.outcome is Outcome.NOT_APPLICABLE for d in determinations(breach()).values())


@pytest.mark.parametrize(
    ("instant", "reach"),
    [
        (
            IP_COMPLETION_DAY.replace(minute=0) - (IP_COMPLETION_DAY - utc(2020, 12, 31, 22, 59)),
            Reach.NOT_APPLICABLE,
        ),
        (IP_COMPLETION_DAY, Reach.APPLICABLE),
    ],
)
def test_the_uk_gdpr_applies_from_ip_completion_day(instant: datetime, reach: Reach) -> None:
    assert REGIME.applicability(at(uk(), instant)).reach is reach


def test_before_ip_completion_day_the_eu_gdpr_applied_as_dated_data() -> None:
    applies = REGIME.applicability(at(uk(), utc(2019, 6, 1, 12)))
    assert applies.reach is Reach.NOT_APPLICABLE
    assert "EU GDPR" not in applies.reasons[0].text  # named by its version's label
    assert "GDPR (Regulation (EU) 2016/679)" in applies.reasons[0].text
    assert [v.regime for v in UK_GDPR_VERSIONS] == ["gdpr", "uk_gdpr"]
    assert UK_GDPR_VERSIONS[0].applies_until == UK_GDPR_VERSIONS[1].applies_from
    assert datetime(2020, 12, 31, 23, 0, tzinfo=LONDON) == IP_COMPLETION_DAY


def test_no_date_is_undetermined() -> None:
    incident = with_timeline(
        uk(), occurred=Occurrence(), detected_at=None, controller_aware_at=None
    )
    applies = REGIME.applicability(incident)
    assert applies.reach is Reach.UNDETERMINED
    assert [m.path for m in applies.missing_facts] == ["$.timeline"]


# --- the determinations -------------------------------------------------------------------

_KEYS = {
    "uk_gdpr.art33.notify_authority": (Duty.NOTIFY_AUTHORITY, "supervisory_authority"),
    "uk_gdpr.art33.processor_notice": (Duty.NOTIFY_CONTROLLER, "controller"),
    "uk_gdpr.art33.notification_content": (Duty.CONTENT, "supervisory_authority"),
    "uk_gdpr.art33.register": (Duty.RECORD, "register"),
    "uk_gdpr.art34.communicate_subjects": (Duty.INFORM_INDIVIDUALS, "data_subjects"),
    "uk_gdpr.art34.public_communication": (Duty.PUBLIC_NOTICE, "public"),
    "uk_gdpr.art34.communication_content": (Duty.CONTENT, "data_subjects"),
}


def test_every_determination_is_keyed_uk_gdpr() -> None:
    dets = determinations(uk())
    assert list(dets) == list(_KEYS)
    for det_id, (duty, recipient) in _KEYS.items():
        assert dets[det_id].key == ObligationKey("uk_gdpr", duty, recipient)


def test_the_same_answers_as_the_gdpr_would_give_to_the_ico() -> None:
    dets = determinations(uk())
    notify = dets["uk_gdpr.art33.notify_authority"]
    assert notify.outcome is Outcome.REQUIRED
    assert notify.recipients == ("gb-ico",)
    assert notify.deadline.due == utc(2024, 2, 4, 9, 30)
    assert dets["uk_gdpr.art34.communicate_subjects"].outcome is Outcome.NOT_REQUIRED
    assert dets["uk_gdpr.art33.register"].outcome is Outcome.REQUIRED


def test_citations_are_the_uk_gdpr_on_legislation_gov_uk() -> None:
    for det in determinations(uk()).values():
        cited = [*det.citations, *(i.citation for i in det.checklist)]
        assert not [c for c in cited if c.source == "GDPR"], det.id
        for c in cited:
            if c.source == "UK GDPR":
                assert c.url is not None
                assert c.url.startswith("https://www.legislation.gov.uk/eur/2016/679")


def test_edpb_guidance_carries_its_uk_weight() -> None:
    notify = determinations(uk())["uk_gdpr.art33.notify_authority"]
    notes = [r for r in notify.reasons if "persuasive" in r.text]
    assert len(notes) == 1
    cited = {str(c) for c in notes[0].citations}
    assert "[2024] UKUT 105 (AAC), paras. 91-92" in cited
    assert any(c.startswith("ICO guidance") for c in cited)


# --- no GDPR-only reasoning leaks ---------------------------------------------------------

_EU_ONLY = (
    "one-stop",
    "Art. 56",
    "Omnibus",
    "EEA",
    "Member State",
    "611/2013",
    "96 hours",
    "lead authority",
    "main establishment",
)
_EU_ID = re.compile(r"(?<![\w])gdpr\.art")


def _text(det: Determination) -> str:
    parts = [det.id, *(r.text for r in det.reasons), *(str(c) for c in det.citations)]
    parts += [
        *det.interpretations,
        *(m.question for m in (*det.missing_facts, *det.open_questions)),
    ]
    if det.deadline is not None:
        parts += [det.deadline.describe(), det.deadline.rule_id]
    return "\n".join(parts)


@pytest.mark.parametrize(
    "incident",
    [
        uk(),
        uk(
            controller=org(
                "acme",
                establishment("GB", main=True),
                establishment("FR"),
                establishment("DE", "DE-BE"),
            ),
            cross_border=True,
            subjects=(subjects(90, "GB", "FR", "DE"),),
        ),
        breach(
            controller=org("acme", establishment("US", main=True)),
            subjects=(subjects(40, "GB", "IE"),),
        ),
        uk(
            controller=org("acme", establishment("GB", main=True), public_ecomms_provider=True),
            ecomms_service=None,
        ),
        uk(
            controller=org("acme", establishment("GB", main=True), public_ecomms_provider=True),
            ecomms_service=True,
        ),
    ],
    ids=[
        "uk-only",
        "uk-and-eu-establishments",
        "us-controller",
        "telecom-unknown",
        "telecom-service",
    ],
)
@pytest.mark.parametrize("ruleset", list(Ruleset))
def test_no_eu_only_reasoning_leaks(incident: Incident, ruleset: Ruleset) -> None:
    for det in determinations(incident, GdprOptions(ruleset=ruleset)).values():
        text = _text(det)
        leaked = [w for w in _EU_ONLY if w in text] + _EU_ID.findall(text)
        assert not leaked, f"{det.id}: {leaked}\n{text}"


def test_an_eu_ruleset_is_set_aside_and_said_so() -> None:
    notify = determinations(uk(), GdprOptions(ruleset=Ruleset.DIGITAL_OMNIBUS_PROPOSAL))[
        "uk_gdpr.art33.notify_authority"
    ]
    assert notify.deadline.due == utc(2024, 2, 4, 9, 30)
    assert any("EU law only do not apply" in i for i in notify.interpretations)


def test_a_telecom_service_breach_goes_to_pecr() -> None:
    ctrl = org("acme", establishment("GB", main=True), public_ecomms_provider=True)
    found = determinations(uk(controller=ctrl, ecomms_service=True))
    notify = found["uk_gdpr.art33.notify_authority"]
    assert notify.outcome is Outcome.NOT_APPLICABLE
    assert [str(c) for c in notify.reasons[0].citations][:2] == [
        "Art. 95 UK GDPR",
        "PECR, reg. 5A(2)",
    ]
    assert "pecr.reg5a.notify_ico" in notify.reasons[0].text
    assert (notify.deadline, notify.clock, notify.recipients) == (None, None, ())
    assert found["uk_gdpr.art33.notification_content"].outcome is Outcome.NOT_APPLICABLE


def test_a_telecom_breach_of_unknown_origin_warns_of_pecr() -> None:
    ctrl = org("acme", establishment("GB", main=True), public_ecomms_provider=True)
    notify = determinations(uk(controller=ctrl, ecomms_service=None))[
        "uk_gdpr.art33.notify_authority"
    ]
    assert notify.outcome is Outcome.REQUIRED
    warned = [r for r in notify.reasons if r.kind is ReasonKind.WARNING and "PECR" in r.text]
    assert len(warned) == 1


# --- the 72-hour clock, judged later --------------------------------------------------------


@pytest.mark.parametrize(
    ("aware_local", "due_utc", "due_local"),
    [
        # Spring: BST begins on Sunday 31 March 2024 at 01:00 GMT; 72 elapsed hours.
        (datetime(2024, 3, 29, 12, 0, tzinfo=LONDON), utc(2024, 4, 1, 12), "13:00"),
        # Autumn: BST ends on Sunday 27 October 2024 at 02:00 BST.
        (datetime(2024, 10, 25, 12, 0, tzinfo=LONDON), utc(2024, 10, 28, 11), "11:00"),
    ],
)
def test_72_hours_across_the_bst_change(
    aware_local: datetime, due_utc: datetime, due_local: str
) -> None:
    notify = determinations(at(uk(), aware_local))["uk_gdpr.art33.notify_authority"]
    assert notify.deadline.due == due_utc
    assert notify.deadline.due.astimezone(LONDON).strftime("%H:%M") == due_local
    assert notify.deadline.timezone == "Europe/London"


def test_a_notice_to_the_ico_meets_the_clock_and_one_to_the_cnil_does_not() -> None:
    def judged(authority: str) -> Status:
        notice = AuthorityNotice(
            kind=NoticeKind.INITIAL, at=utc(2024, 2, 2, 9), authority=authority
        )
        incident = with_timeline(uk(), authority_notices=(notice,))
        clock = determinations(incident)["uk_gdpr.art33.notify_authority"].clock
        assert isinstance(clock, Check)
        status: Status = clock.judge(utc(2024, 2, 5)).status
        return status

    assert judged("gb-ico") is Status.MET
    assert judged("fr-cnil") is Status.OVERDUE


def test_the_regime_protocol() -> None:
    assert REGIME.id == "uk_gdpr"
    assert REGIME.baseline is False
    assert REGIME.options_type is GdprOptions
    assert tuple(REGIME.overlaps(uk())) == ()
    _, analyses = REGIME.determine(uk(), None)
    assert [a.kind for a in analyses] == ["risk", "routing"]
    assert all(c.source != "GDPR" for a in analyses for r in a.reasons for c in r.citations)
    assert REGIME.label == "UK GDPR"
    assert REGIME.aware_at(uk()) == utc(2024, 2, 1, 9, 30)
    assert (
        next(i.id for i in REGIME.content_items(uk(), "supervisory_authority"))
        == "art33.3.a.nature"
    )


def test_in_an_assessment_a_filing_answers_the_obligation_it_names() -> None:
    ico = "uk_gdpr/notify_authority/supervisory_authority"
    notice = AuthorityNotice(
        kind=NoticeKind.INITIAL, at=utc(2024, 2, 2, 9), authority="gb-ico", obligation=ico
    )
    incident = with_timeline(
        uk(subjects=(subjects(40, "GB", "IE"),), offers_to_eea=True), authority_notices=(notice,)
    )
    a = assess(incident, as_of=utc(2024, 2, 5), sensitivities=False)
    assert [r.regime for r in a.regimes] == ["gdpr", "uk_gdpr"]
    assert a["uk_gdpr.art33.notify_authority"].status.status is Status.MET
    assert a["gdpr.art33.notify_authority"].status.status is Status.OVERDUE
    assert [d.id for d in a.timeline][:2] == [
        "gdpr.art33.notify_authority",
        "uk_gdpr.art33.notify_authority",
    ]
