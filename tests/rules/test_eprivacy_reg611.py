"""The ePrivacy regime: Regulation 611/2013 with Directive 2002/58/EC, Art. 4(3)-(4).

Worked dates are written out in the comments; every clock is judged here with
``Check.judge`` because the rules never see ``as_of``.
"""

from __future__ import annotations

import inspect
from datetime import UTC, datetime, timedelta

import attrs
import pytest
from _builders import AWARE, breach, org, run, utc, with_timeline

from breachmodel.assessment import assess
from breachmodel.clocks import Status, parse_local, zone
from breachmodel.determination import Outcome, ReasonKind
from breachmodel.model import (
    AuthorityDecision,
    AuthorityDecisionKind,
    AuthorityNotice,
    Confidentiality,
    Consequence,
    ContactPoint,
    DataConcerned,
    Effects,
    Encryption,
    Exfiltration,
    Incident,
    MeasureKind,
    Measures,
    NoticeKind,
    Recipient,
    SubjectCommunication,
    SubsequentMeasure,
)
from breachmodel.obligations import Duty
from breachmodel.regimes._base import Reach
from breachmodel.regimes.eprivacy import (
    REGIME,
    authorities,
    content,
    inventory,
    keys,
    notification,
    reg611,
    rules,
    scope,
    subscribers,
)


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
    duty = next(r for r in det.reasons if r.text.startswith("The provider must notify"))
    assert [str(c) for c in duty.citations] == [
        "Regulation 611/2013, Art. 2(1) and (2)",
        "Regulation 611/2013, Art. 2(3)",
        "Directive 2002/58/EC, Art. 4(3)",
        "Art. 95 GDPR",
        "breachmodel encoding notes, E16",
    ]
    art33 = assess(inc, sensitivities=False)["gdpr.art33.notify_authority"]  # Art. 95: data
    assert art33.outcome is Outcome.NOT_APPLICABLE
    assert "Art. 95 GDPR" in [str(c) for c in art33.citations]


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
    det = reg611.notify_authority(inc)
    assert det.outcome is Outcome.NOT_APPLICABLE
    assert [str(c) for c in det.reasons[0].citations] == [
        "Regulation 611/2013, Art. 1",
        "Art. 95 GDPR",
    ]
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


def operator(country: str = "FR", ecomms_service: bool | None = True) -> Incident:
    base = org()
    controller = attrs.evolve(
        base,
        public_ecomms_provider=True,
        establishments=(attrs.evolve(base.establishments[0], country=country),),
    )
    return breach(controller=controller, ecomms_service=ecomms_service)


def filed(kind: NoticeKind, at: datetime, authority: str | None = "fr-cnil") -> AuthorityNotice:
    return AuthorityNotice(kind=kind, at=at, authority=authority)


# --- who -----------------------------------------------------------------------------------


def test_reach_follows_the_provider_and_the_service() -> None:
    assert scope.reach(breach()).reach is Reach.NOT_APPLICABLE
    unknown = scope.reach(operator(ecomms_service=None))
    assert unknown.reach is Reach.UNDETERMINED
    assert [m.path for m in unknown.missing_facts] == ["$.ecomms_service"]
    assert scope.reach(operator()).reach is Reach.APPLICABLE
    # The provider's HR files: the regime reaches the provider, its duties not this breach.
    assert scope.reach(operator(ecomms_service=False)).reach is Reach.APPLICABLE
    outcomes = {d.outcome for d in rules.determine(operator(ecomms_service=False))}
    assert outcomes == {Outcome.NOT_APPLICABLE}


def test_every_determination_has_its_own_key_and_no_rule_takes_as_of() -> None:
    dets = rules.determine(operator())
    assert len({d.key for d in dets}) == len(dets) == len({d.id for d in dets})
    assert all(d.key is not None and d.key.regime == keys.REGIME_ID for d in dets)
    assert all(d.status is None for d in dets)
    assert [str(d.key) for d in dets] == [
        "eprivacy/notify_authority/competent_authority",
        "eprivacy/intermediate_report/competent_authority",
        "eprivacy/content/competent_authority",
        "eprivacy/inform_individuals/subscribers",
        "eprivacy/content/subscribers",
        "eprivacy/record/register",
    ]
    assert keys.SECOND_NOTIFICATION_KEY.duty is Duty.INTERMEDIATE_REPORT
    for rule in (
        rules.determine,
        notification.notify_authority,
        notification.second_notification,
        content.notification_content,
        subscribers.inform_subscribers,
        inventory.inventory_entry,
    ):
        assert "as_of" not in inspect.signature(rule).parameters


# --- Art. 2(1)-(2): 24 hours ---------------------------------------------------------------


def test_24_hours_across_the_spring_dst_change() -> None:
    # Detected Sat 30 Mar 2024 12:00 CET (11:00Z); clocks go forward on Sun 31 Mar at
    # 02:00. 24 elapsed hours end Sun 31 Mar 11:00Z, which is 13:00 CEST in Paris.
    detected = parse_local("2024-03-30T12:00", "Europe/Paris")
    inc = with_timeline(operator(), detected_at=detected, controller_aware_at=detected)
    det = notification.notify_authority(inc)
    assert det.outcome is Outcome.REQUIRED
    assert det.key == keys.NOTIFY_AUTHORITY_KEY
    assert det.deadline.due == datetime(2024, 3, 31, 11, 0, tzinfo=UTC)
    assert det.deadline.due_local_iso == "2024-03-31T13:00:00+02:00"
    assert det.clock.judge(utc(2024, 3, 31, 10)).status is Status.PENDING
    assert det.clock.judge(utc(2024, 3, 31, 12)).status is Status.OVERDUE


def test_a_notice_to_the_authority_meets_it_and_one_to_another_does_not() -> None:
    inc = with_timeline(
        operator(), authority_notices=(filed(NoticeKind.INITIAL, AWARE + timedelta(hours=5)),)
    )
    det = notification.notify_authority(inc)
    assert det.recipients == ("fr-cnil",)
    assert det.clock.judge(utc(2024, 2, 5)).status is Status.MET
    elsewhere = with_timeline(
        operator(),
        authority_notices=(filed(NoticeKind.INITIAL, AWARE + timedelta(hours=5), "nl-ap"),),
    )
    late = notification.notify_authority(elsewhere).clock.judge(utc(2024, 2, 5))
    assert late.status is Status.OVERDUE


def test_germany_notifies_the_network_agency_and_the_bfdi() -> None:
    det = notification.notify_authority(operator("DE"))
    assert det.recipients == ("de-bnetza", "de-bfdi")
    notice = filed(NoticeKind.INITIAL, AWARE + timedelta(hours=2), "de-bfdi")
    met = notification.notify_authority(with_timeline(operator("DE"), authority_notices=(notice,)))
    assert met.clock.judge(None).status is Status.MET


def test_sweden_notifies_pts_not_the_data_protection_authority() -> None:
    det = notification.notify_authority(operator("SE"))
    assert det.recipients == ("se-pts",)
    assert any("PTS" in r.text and r.kind is ReasonKind.FACT for r in det.reasons)


def test_missing_detection_leaves_the_deadline_undetermined_and_asks() -> None:
    det = notification.notify_authority(with_timeline(operator(), detected_at=None))
    assert det.outcome is Outcome.REQUIRED
    assert det.deadline.due is None
    assert [m.path for m in det.open_questions] == ["$.timeline.detected_at"]


# --- Art. 2(3): the second notification within 3 days ------------------------------------


def test_second_notification_3_days_after_the_initial_one() -> None:
    # Initial notice Fri 29 Mar 2024 19:00 CET (18:00Z): 3 x 24 h = Mon 1 Apr 18:00Z.
    # Information only: Mon 1 Apr is Easter Monday in France, so the latest reading with
    # roll-forward is Tue 2 Apr, end of day CEST (21:59:59.999999Z).
    initial = parse_local("2024-03-29T19:00", "Europe/Paris")
    inc = with_timeline(
        operator(),
        detected_at=initial - timedelta(hours=3),
        controller_aware_at=initial - timedelta(hours=3),
        authority_notices=(filed(NoticeKind.INITIAL, initial),),
    )
    det = notification.second_notification(inc)
    assert det.outcome is Outcome.REQUIRED
    assert det.key == keys.SECOND_NOTIFICATION_KEY
    assert det.recipients == ("fr-cnil",)
    assert det.reasons[1].text.startswith(
        "Not yet in the record, so not in a complete initial notification: "
    )
    assert det.deadline.due == datetime(2024, 4, 1, 18, 0, tzinfo=UTC)
    assert det.deadline.latest_with_rollforward == datetime(
        2024, 4, 2, 21, 59, 59, 999999, tzinfo=UTC
    )
    follow = filed(NoticeKind.FOLLOW_UP, datetime(2024, 4, 1, 9, 0, tzinfo=UTC))
    done = notification.second_notification(
        with_timeline(inc, authority_notices=(*inc.timeline.authority_notices, follow))
    )
    assert done.clock.judge(utc(2024, 4, 3)).status is Status.MET


def test_second_notification_counts_provisionally_from_the_24_hour_limit() -> None:
    det = notification.second_notification(operator())
    assert det.deadline.due == AWARE + timedelta(hours=24 + 72)
    assert "provisional" in det.deadline.label


def test_no_second_notification_when_one_complete_notice_can_be_made() -> None:
    inc = attrs.evolve(
        operator(),
        description="Billing interface misconfigured; subscriber records on server X.",
        consequences=frozenset(),
        cross_border=False,
    )
    missing = [i.id for i in content.annex_one(inc) if not i.provided]
    assert missing, "the baseline lacks some items"
    complete = _complete(inc)
    assert all(i.provided for i in content.annex_one(complete))
    assert notification.second_notification(complete).outcome is Outcome.NOT_REQUIRED
    # Once an initial notice is filed, the complete record still owes the second one.
    sent = with_timeline(complete, authority_notices=(filed(NoticeKind.INITIAL, AWARE),))
    det = notification.second_notification(sent)
    assert det.outcome is Outcome.REQUIRED
    assert det.reasons[1].text == (
        "The record now holds every Annex I item; the second notification gives what the "
        "initial one lacked."
    )


def _complete(inc: Incident) -> Incident:
    controller = attrs.evolve(inc.controller, contact=ContactPoint(name="DPO", is_dpo=True))
    measures = Measures(
        encryption=Encryption(applied_to_breached_data=False),
        subsequent=(SubsequentMeasure(kind=MeasureKind.ACCESS_REVOKED),),
    )
    return attrs.evolve(
        inc,
        controller=controller,
        measures=measures,
        consequences=frozenset({Consequence.TARGETED_PHISHING}),
    )


# --- Annex I and II ---------------------------------------------------------------------------


def test_annex_one_section_1_now_section_2_may_follow() -> None:
    inc = operator()
    det = content.notification_content(
        attrs.evolve(inc, controller=attrs.evolve(inc.controller, contact=None))
    )
    assert det.key == keys.NOTIFICATION_CONTENT_KEY
    sections = {i.id.split(".")[2] for i in det.checklist}
    assert sections == {"1", "2"}
    assert all(i.may_follow_later == (i.id.split(".")[2] == "2") for i in det.checklist)
    contact = next(i for i in det.checklist if i.id == "reg611.annex1.1.contact")
    assert contact.provided is False
    assert "Annex I" in str(contact.citation)


def test_subscriber_content_follows_the_notice_duty() -> None:
    inform = subscribers.inform_subscribers(operator())
    det = content.subscriber_content(operator(), inform=inform)
    assert det.outcome is Outcome.REQUIRED
    assert len(det.checklist) == 9
    benign = _benign()
    quiet = content.subscriber_content(benign, inform=subscribers.inform_subscribers(benign))
    assert quiet.outcome is Outcome.NOT_APPLICABLE


# --- Art. 3 and 4: subscribers and individuals ----------------------------------------------


def _benign() -> Incident:
    effects = Effects(
        confidentiality=Confidentiality(
            exfiltration=Exfiltration.RULED_OUT, recipients=frozenset({Recipient.TRUSTED_KNOWN})
        )
    )
    return attrs.evolve(operator(), effects=effects)


def test_call_records_seen_by_others_must_be_told_to_subscribers() -> None:
    inc = attrs.evolve(
        operator(),
        data=(DataConcerned(category="identity"), DataConcerned(category="traffic_data")),
    )
    det = subscribers.inform_subscribers(inc)
    assert det.outcome is Outcome.REQUIRED
    cited = {str(c) for r in det.reasons if r.kind is ReasonKind.FACT for c in r.citations}
    assert {"Regulation 611/2013, Art. 3(2)(a)", "Regulation 611/2013, Art. 3(2)(c)"} <= cited
    assert det.deadline.start == AWARE
    assert det.clock.judge(utc(2024, 2, 2)).status is Status.OPEN
    told = SubjectCommunication(at=AWARE + timedelta(hours=6))
    sent = subscribers.inform_subscribers(with_timeline(inc, subject_communications=(told,)))
    assert sent.clock.judge(utc(2024, 2, 2)).status is Status.MET


def test_no_circumstance_of_art_3_2_no_notice() -> None:
    det = subscribers.inform_subscribers(_benign())
    assert det.outcome is Outcome.NOT_REQUIRED
    assert det.clock is None


@pytest.mark.parametrize("effects", [Effects(unknown=True), Effects()], ids=["unknown", "none"])
def test_unknown_effects_leave_it_undetermined(effects: Effects) -> None:
    # Effects recorded as unknown, or none recorded and no consequence either.
    inc = attrs.evolve(operator(), effects=effects, consequences=frozenset())
    det = subscribers.inform_subscribers(inc)
    assert det.outcome is Outcome.UNDETERMINED
    assert [m.path for m in det.missing_facts] == ["$.consequences"]


def test_encrypted_data_exempt_only_once_the_authority_is_satisfied() -> None:
    enc = Encryption(applied_to_breached_data=True, state_of_the_art=True, key_compromised=False)
    inc = attrs.evolve(operator(), measures=Measures(encryption=enc))
    det = subscribers.inform_subscribers(inc)
    assert det.outcome is Outcome.REQUIRED
    rejected = [r for r in det.reasons if r.kind is ReasonKind.EXCEPTION_REJECTED]
    assert rejected
    assert "not yet established" in rejected[0].text
    decision = AuthorityDecision(
        kind=AuthorityDecisionKind.EXEMPTION_MET, at=AWARE, authority="fr-cnil", exemption="a"
    )
    exempt = subscribers.inform_subscribers(attrs.evolve(inc, authority_decision=decision))
    assert exempt.outcome is Outcome.NOT_REQUIRED
    # The Regulation knows no other exemption: a finding under Art. 34(3)(b) or (c) GDPR
    # does not dispense with the notice to subscribers.
    for other in ("b", "c"):
        finding = attrs.evolve(decision, exemption=other)
        det = subscribers.inform_subscribers(attrs.evolve(inc, authority_decision=finding))
        assert det.outcome is Outcome.REQUIRED


def test_the_authority_may_require_the_notice() -> None:
    decision = AuthorityDecision(
        kind=AuthorityDecisionKind.REQUIRE_COMMUNICATION, at=AWARE, authority="fr-cnil"
    )
    det = subscribers.inform_subscribers(attrs.evolve(_benign(), authority_decision=decision))
    assert det.outcome is Outcome.REQUIRED
    assert "Directive 2002/58/EC, Art. 4(3)" in [str(c) for c in det.citations]
    other = attrs.evolve(decision, authority="nl-ap")
    ignored = subscribers.inform_subscribers(attrs.evolve(_benign(), authority_decision=other))
    assert ignored.outcome is Outcome.NOT_REQUIRED


# --- Directive Art. 4(4): the inventory; Art. 95 GDPR: the overlap -----------------------------


def test_every_breach_enters_the_inventory() -> None:
    det = inventory.inventory_entry(_benign())
    assert det.outcome is Outcome.REQUIRED
    assert det.key == keys.INVENTORY_KEY
    assert [i.id.rsplit(".", 1)[-1] for i in det.checklist] == [
        "facts",
        "effects",
        "remedial_action",
    ]


def test_overlap_art_95_as_data() -> None:
    (overlap,) = rules.overlaps(operator())
    assert overlap.yielding == rules.GDPR_NOTIFY_AUTHORITY_KEY
    assert overlap.prevailing == keys.NOTIFY_AUTHORITY_KEY
    cited = [str(c) for c in overlap.reason.citations]
    assert "Art. 95 GDPR" in cited
    assert "Recital 173 GDPR" in cited
    assert rules.overlaps(operator(ecomms_service=False)) == ()
    assert rules.overlaps(breach()) == ()


# --- the authorities -----------------------------------------------------------------------------


@pytest.mark.parametrize("country", sorted(authorities.NATIONAL_AUTHORITIES))
def test_each_authority_names_its_source_and_zone(country: str) -> None:
    authority = authorities.NATIONAL_AUTHORITIES[country]
    prefix = authority.source.split(":")[0]
    assert prefix in {"Official", "Secondary", "Memory, not verified"}
    assert authority.verified is (prefix != "Memory, not verified")
    assert zone(authority.timezone) is not None
    assert len(set(authority.ids)) == len(authority.ids)


# --- the regime object ------------------------------------------------------------------------


def test_the_regime_object_serves_the_registry() -> None:
    inc = operator()
    dets, analyses = REGIME.determine(inc, None)
    assert dets == rules.determine(inc)
    assert analyses == ()
    assert REGIME.overlaps(inc) == rules.overlaps(inc)
    assert REGIME.content_items(inc, "competent_authority") == content.annex_one(inc)
    assert REGIME.content_items(inc, "subscribers") == content.annex_two(inc)
    assert REGIME.content_items(inc, "data_subjects") == ()
    assert REGIME.aware_at(inc) == inc.timeline.detected_at
    assert REGIME.label == "ePrivacy"
    assert all("data.europa.eu/eli" in i for i in REGIME.instruments)


def test_a_notice_naming_its_obligation_counts_for_that_one_only() -> None:
    at = AWARE + timedelta(hours=3)
    named = AuthorityNotice(
        kind=NoticeKind.INITIAL, at=at, obligation="eprivacy/notify_authority/competent_authority"
    )
    inc = with_timeline(operator(), authority_notices=(named,))
    assert notification.notify_authority(inc).clock.judge(None).status is Status.MET
    # The second notification runs from that initial notice, not provisionally.
    assert notification.second_notification(inc).deadline.due == at + timedelta(hours=72)
    gdpr = attrs.evolve(named, obligation="gdpr/notify_authority/supervisory_authority")
    other = with_timeline(operator(), authority_notices=(gdpr,))
    assert notification.notify_authority(other).clock.judge(None).status is not Status.MET


@pytest.mark.parametrize(
    ("ecomms_service", "governed"), [(True, True), (False, False), (None, False)]
)
def test_the_regulation_governs_only_a_breach_known_to_be_in_the_service(
    ecomms_service: bool | None, governed: bool
) -> None:
    assert scope.in_service(provider(ecomms_service)) is governed


@pytest.mark.parametrize(
    ("personal_data", "outcome"),
    [(False, Outcome.NOT_REQUIRED), (None, Outcome.REQUIRED), (True, Outcome.REQUIRED)],
)
def test_no_personal_data_no_notification(personal_data: bool | None, outcome: Outcome) -> None:
    # Unknown is not "no": the provider notifies unless it is known that none is concerned.
    inc = attrs.evolve(
        with_timeline(provider(True), detected_at=AWARE), personal_data=personal_data
    )
    det = reg611.notify_authority(inc)
    assert det.outcome is outcome
    said = "No personal data is concerned: there is no personal data breach to notify."
    assert (det.reasons[0].text == said) is (outcome is Outcome.NOT_REQUIRED)
