"""Article 33 GDPR: notify the authority (1), processor notice (2), content (3)-(4), register (5)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import attrs
import pytest
from _builders import (
    AWARE,
    DUE_72H,
    OCCURRED,
    SCOPE_CITES,
    breach,
    cites,
    establishment,
    kinds,
    notice,
    org,
    reason_cites,
    run,
    utc,
    with_judgment,
    with_timeline,
)

from breachmodel.clocks import Convention, Status
from breachmodel.determination import Outcome, ReasonKind
from breachmodel.model import (
    AuthorityNotice,
    Confidentiality,
    Consequence,
    Count,
    DataConcerned,
    Effects,
    Exfiltration,
    Incident,
    MeasureKind,
    Measures,
    NoticeKind,
    Occurrence,
    ProcessorContract,
    ProcessorLink,
    ProcessorRole,
    Recipient,
    RiskLevel,
    SubsequentMeasure,
    Timeline,
)
from breachmodel.regimes.gdpr import art33
from breachmodel.regimes.gdpr.options import GdprOptions, Ruleset
from breachmodel.regimes.gdpr.scope import check_scope

RISK = with_judgment(breach(), RiskLevel.RISK)
"""The baseline breach, judged a risk by the assessor."""

DEADLINE_CITES = [
    "EDPB Guidelines 9/2022, section II.A.2",
    "breachmodel encoding notes, E5",
    "Regulation 1182/71, Art. 3(3) and (4)",
    "breachmodel encoding notes, E2",
    "breachmodel encoding notes, E3",
]
ROUTING_CITES = ["Art. 55(1) GDPR", "Art. 56(1) GDPR"]


def processor(hours: float | None = 24.0) -> ProcessorLink:
    """A processor acting for the baseline controller, with a notice term in hours."""
    contract = ProcessorContract(notice_within_hours=hours) if hours is not None else None
    return ProcessorLink(organisation=org("host"), acts_for="acme", contract=contract)


def unknown_exfiltration() -> Effects:
    return Effects(confidentiality=Confidentiality(exfiltration=Exfiltration.UNKNOWN))


class TestNotifyAuthority:
    """Art. 33(1): notify within 72 hours of awareness unless unlikely to result in a risk."""

    def test_risk_requires_notification_within_72_hours(self) -> None:
        det = run(RISK, as_of=utc(2024, 2, 2)).notify
        assert det.outcome is Outcome.REQUIRED
        assert det.deadline.due == DUE_72H == utc(2024, 2, 4, 9, 30)
        assert det.deadline.start == AWARE
        assert det.deadline.legal_latest == utc(2024, 2, 4, 10, 0)  # E2, information only
        assert det.deadline.due_local_iso == "2024-02-04T10:30:00+01:00"  # the CNIL's zone
        assert det.status.status is Status.PENDING
        assert det.status.time_left == timedelta(days=2, hours=9, minutes=30)
        assert kinds(det) == ["fact", "fact", "rule", "exception_rejected", "fact", "rule", "fact"]
        assert cites(det) == [
            "Art. 33(1) GDPR",
            *SCOPE_CITES,
            "Recital 85 GDPR",
            "EDPB Guidelines 9/2022, section IV.B",
            *DEADLINE_CITES,
            *ROUTING_CITES,
        ]
        assert det.reasons[3].text == (
            "Exception considered and rejected: the risk level is 'risk' (the assessor's "
            "conclusion of 2024-02-01), so it cannot be said "
            "that the breach is unlikely to result in a risk."
        )
        assert det.reasons[5].text == (
            "Notify the supervisory authority: due 2024-02-04T09:30:00+00:00 (UTC); Sunday 4 "
            "February 2024, 10:30:00 CET (Europe/Paris), 2024-02-04T10:30:00+01:00."
        )
        assert det.recipients == ("fr-cnil",)
        assert (det.missing_facts, det.open_questions) == ((), ())
        assert det.interpretations == (
            "E2: hours counted by the 'elapsed' convention",
            "E3: no weekend or holiday extension for hour periods",
        )

    def test_high_risk_requires_notification_too(self) -> None:
        det = run(with_judgment(breach(), RiskLevel.HIGH)).notify
        assert det.outcome is Outcome.REQUIRED
        assert det.deadline.due == DUE_72H

    def test_unlikely_is_the_exception(self) -> None:
        det = run(with_judgment(breach(), RiskLevel.UNLIKELY), as_of=utc(2024, 2, 2)).notify
        assert det.outcome is Outcome.NOT_REQUIRED
        assert (det.deadline, det.status, det.recipients) == (None, None, ())
        # The facts (a known, untrusted recipient) put harm above negligible: the
        # conclusion is followed, with a warning naming them.
        assert kinds(det) == ["fact", "fact", "rule", "warning", "exception_applied"]
        assert reason_cites(det, ReasonKind.EXCEPTION_APPLIED) == [
            ["Art. 33(1) GDPR", "Art. 33(5) GDPR", "EDPB Guidelines 9/2022, Annex B"]
        ]
        assert det.reasons[-1].text == (
            "Exception applied: the risk level is 'unlikely' (the assessor's conclusion of "
            "2024-02-01), so the breach is unlikely to "
            "result in a risk; no notification is due, but the breach and this reasoning must "
            "be documented."
        )

    def test_unknown_facts_mean_notify_e7(self) -> None:
        inc = breach(data=(DataConcerned(category="financial"),), effects=unknown_exfiltration())
        det = run(inc).notify
        assert det.outcome is Outcome.REQUIRED
        assert det.missing_facts == ()
        assert [m.path for m in det.open_questions] == ["$.effects.confidentiality.exfiltration"]
        assert kinds(det)[3] == "exception_rejected"
        assert reason_cites(det, ReasonKind.EXCEPTION_REJECTED) == [
            ["Art. 33(1) GDPR", "Recital 85 GDPR", "breachmodel encoding notes, E7"]
        ]
        assert det.reasons[3].text == (
            "Exception considered and not established: that the breach is unlikely to result "
            "in a risk. The controller bears the burden of showing it, and facts are missing "
            "(Was data taken (exfiltrated), and who received it?); in doubt, notify."
        )
        assert "E7: unknown facts mean notify" in det.interpretations
        assert det.deadline.due == DUE_72H

    @pytest.mark.parametrize(
        ("ruleset", "outcome"),
        [
            (Ruleset.GDPR_2016, Outcome.REQUIRED),  # could reach the risk threshold: notify
            (Ruleset.DIGITAL_OMNIBUS_PROPOSAL, Outcome.NOT_REQUIRED),  # cannot reach high
        ],
    )
    def test_a_range_that_tops_at_the_threshold_means_notify_e7(
        self, ruleset: Ruleset, outcome: Outcome
    ) -> None:
        inc = breach(data=(DataConcerned(category="behavioural"),), effects=unknown_exfiltration())
        p = run(inc, options=GdprOptions(ruleset=ruleset))
        assert (p.risk.level, p.risk.suggested_range) == (
            None,
            (RiskLevel.UNLIKELY, RiskLevel.RISK),
        )
        assert p.notify.outcome is outcome

    def test_low_severity_alone_does_not_establish_the_exception_e7_e8(self) -> None:
        # Identity and contact data sent to an untrusted recipient: the suggestion is
        # 'unlikely' only because the data is simple; harm is not unlikely. Without the
        # controller's documented conclusion the exception is not established.
        p = run(breach())
        assert p.risk.suggested is RiskLevel.UNLIKELY
        det = p.notify
        assert det.outcome is Outcome.REQUIRED
        assert reason_cites(det, ReasonKind.EXCEPTION_REJECTED) == [
            [
                "Art. 33(1) GDPR",
                "Recital 85 GDPR",
                "breachmodel encoding notes, E7",
                "breachmodel encoding notes, E8",
            ]
        ]
        assert [m.path for m in det.open_questions] == ["$.judgment"]
        assert det.interpretations[0] == "E7/E8: the exception needs a documented conclusion"

    def test_negligible_likelihood_establishes_the_exception_without_a_judgment(self) -> None:
        retrieved = Measures(
            subsequent=(SubsequentMeasure(kind=MeasureKind.DATA_RETRIEVED, confirmed=True),)
        )
        det = run(breach(measures=retrieved)).notify
        assert det.outcome is Outcome.NOT_REQUIRED
        assert kinds(det)[-1] == "exception_applied"

    def test_notice_at_the_due_instant_is_on_time(self) -> None:
        inc = with_timeline(RISK, authority_notices=(notice(DUE_72H),))
        det = run(inc, as_of=utc(2024, 3, 1)).notify
        assert det.status.status is Status.MET
        assert det.status.met_at == DUE_72H
        assert "warning" not in kinds(det)

    def test_late_notice_without_reasons_is_warned(self) -> None:
        inc = with_timeline(RISK, authority_notices=(notice(DUE_72H + timedelta(hours=1)),))
        det = run(inc, as_of=utc(2024, 3, 1)).notify
        assert det.outcome is Outcome.REQUIRED
        assert det.status.status is Status.MET_LATE
        assert det.status.late_by == timedelta(hours=1)
        assert det.status.reasons_for_delay_recorded is False
        assert kinds(det) == [
            "fact",
            "fact",
            "rule",
            "exception_rejected",
            "fact",
            "rule",
            "warning",
            "fact",
        ]
        assert det.reasons[6].text == (
            "The initial notification was late and records no reasons for the delay, which "
            "Art. 33(1) requires."
        )
        assert reason_cites(det, ReasonKind.WARNING) == [
            ["Art. 33(1) GDPR", "breachmodel encoding notes, E10"]
        ]

    def test_late_notice_with_reasons_is_still_late(self) -> None:
        late = notice(DUE_72H + timedelta(days=1), reasons="Forensics took until Monday.")
        det = run(with_timeline(RISK, authority_notices=(late,)), as_of=utc(2024, 3, 1)).notify
        assert det.status.status is Status.MET_LATE
        assert det.status.late_by == timedelta(days=1)
        assert det.status.reasons_for_delay_recorded is True
        assert det.reasons[6].kind is ReasonKind.WARNING
        assert det.reasons[6].text == (
            "The initial notification was late; reasons for the delay accompany it, as "
            "required. They do not make it on time: the authority judges them."
        )

    def test_nothing_filed_after_the_due_instant_is_overdue(self) -> None:
        det = run(RISK, as_of=DUE_72H + timedelta(minutes=1)).notify
        assert det.status.status is Status.OVERDUE
        assert det.status.overdue_by == timedelta(minutes=1)

    def test_without_as_of_an_unfiled_deadline_cannot_be_judged(self) -> None:
        assert run(RISK).notify.status.status is Status.UNDETERMINED

    def test_a_follow_up_never_satisfies_the_initial_deadline(self) -> None:
        initial = notice(DUE_72H + timedelta(hours=5))
        follow_up = notice(DUE_72H + timedelta(hours=6), kind=NoticeKind.FOLLOW_UP)
        inc = with_timeline(RISK, authority_notices=(follow_up, initial))
        status = run(inc, as_of=utc(2024, 3, 1)).notify.status
        assert status.status is Status.MET_LATE
        assert status.met_at == initial.at
        assert status.late_by == timedelta(hours=5)
        assert (
            "Only filings of kind 'initial' count; filings of kind 'follow_up' do not satisfy "
            "this deadline." in status.explanation
        )

    def test_awareness_missing_counts_provisionally_from_detection(self) -> None:
        inc = with_timeline(RISK, controller_aware_at=None)
        det = run(inc, as_of=utc(2024, 2, 2)).notify
        assert det.outcome is Outcome.REQUIRED
        assert det.missing_facts == ()
        detected = inc.timeline.detected_at
        assert detected is not None
        assert det.deadline.anchor.value == "detection"
        assert det.deadline.due == detected + timedelta(hours=72)
        assert "provisional" in det.deadline.label
        assert det.status.status is Status.PENDING
        warning = next(r for r in det.reasons if r.kind is ReasonKind.WARNING)
        assert "counted provisionally from the first detection" in warning.text
        assert "cannot reasonably come later than a short investigation" in warning.text
        assert [str(c) for c in warning.citations] == [
            "Art. 33(1) GDPR",
            "EDPB Guidelines 9/2022, section II.A.2",
            "Recital 87 GDPR",
            "breachmodel encoding notes, E4",
        ]
        assert "$.timeline.controller_aware_at" in [m.path for m in det.open_questions]

    def test_neither_awareness_nor_detection_leaves_the_deadline_undetermined(self) -> None:
        inc = with_timeline(RISK, controller_aware_at=None, detected_at=None)
        det = run(inc, as_of=utc(2024, 2, 2)).notify
        assert det.outcome is Outcome.REQUIRED  # the duty is certain; its clock is not
        assert det.deadline.due is None
        assert det.deadline.missing == ("awareness",)
        assert det.status.status is Status.UNDETERMINED
        assert reason_cites(det, ReasonKind.MISSING) == [
            ["Art. 33(1) GDPR", "EDPB Guidelines 9/2022, section II.A.2"]
        ]

    def test_a_high_risk_warns_that_undue_delay_may_come_before_72_hours(self) -> None:
        det = run(with_judgment(RISK, RiskLevel.HIGH)).notify
        warned = reason_cites(det, ReasonKind.WARNING)
        assert ["Art. 33(1) GDPR", "Recital 87 GDPR", "Art. 33(4) GDPR"] in warned
        ordinary = run(with_judgment(RISK, RiskLevel.RISK)).notify
        assert ["Art. 33(1) GDPR", "Recital 87 GDPR", "Art. 33(4) GDPR"] not in reason_cites(
            ordinary, ReasonKind.WARNING
        )

    def test_a_notice_to_an_authority_that_is_not_competent_does_not_count(self) -> None:
        wrong = AuthorityNotice(kind=NoticeKind.INITIAL, at=AWARE, authority="be-apd-gba")
        inc = with_timeline(RISK, authority_notices=(wrong,))
        det = run(inc, as_of=AWARE + timedelta(hours=80)).notify
        assert det.status.status is Status.OVERDUE
        warning = next(r for r in det.reasons if "not competent" in r.text)
        assert warning.kind is ReasonKind.WARNING
        assert "'be-apd-gba'" in warning.text
        assert "fr-cnil" in warning.text
        assert [str(c) for c in warning.citations] == ["Art. 33(1) GDPR", *ROUTING_CITES]

    def test_a_later_notice_to_the_competent_authority_counts(self) -> None:
        wrong = AuthorityNotice(kind=NoticeKind.INITIAL, at=AWARE, authority="be-apd-gba")
        right = notice(AWARE + timedelta(hours=5))
        inc = with_timeline(RISK, authority_notices=(wrong, right))
        pipeline = run(inc, as_of=AWARE + timedelta(hours=80))
        assert pipeline.notify.status.status is Status.MET
        assert art33.counted_notice(inc, pipeline.notify) == right

    def test_the_counted_notice_is_never_a_withdrawal_of_the_same_instant(self) -> None:
        # Withdrawn the minute it was sent (EDPB 9/2022 para. 60), listed first: the notice
        # that met Art. 33(1) is still the initial one.
        at = AWARE + timedelta(hours=5)
        withdrawn = AuthorityNotice(kind=NoticeKind.WITHDRAWAL, at=at, authority="fr-cnil")
        inc = with_timeline(RISK, authority_notices=(withdrawn, notice(at)))
        pipeline = run(inc, as_of=AWARE + timedelta(hours=80))
        assert pipeline.notify.status.met_at == at
        assert art33.counted_notice(inc, pipeline.notify) == notice(at)

    def test_detection_is_not_awareness(self) -> None:
        # Detection never stands in for a recorded awareness (E4); without one, the deadline
        # from detection is provisional and says so.
        later = AWARE + timedelta(hours=10)
        inc = with_timeline(RISK, controller_aware_at=later, detected_at=AWARE)
        assert run(inc).notify.deadline.due == later + timedelta(hours=72)
        alone = run(with_timeline(RISK, controller_aware_at=None, detected_at=AWARE)).notify
        assert alone.deadline.anchor.value == "detection"
        assert alone.deadline.label.endswith("(provisional, counted from detection)")

    def test_long_investigation_is_warned_e4(self) -> None:
        inc = with_timeline(
            RISK,
            occurred=Occurrence.at(utc(2024, 1, 30)),
            detected_at=AWARE - timedelta(hours=30),
        )
        det = run(inc).notify
        assert det.deadline.due == DUE_72H  # still counted from awareness
        warnings = [r for r in det.reasons if r.kind is ReasonKind.WARNING]
        assert [r.text for r in warnings] == [
            "Awareness is dated 30.0 hours after the first detection, longer than the 24-hour "
            "short investigation this project allows; the authority may date awareness earlier."
        ]
        assert reason_cites(det, ReasonKind.WARNING) == [
            [
                "EDPB Guidelines 9/2022, section II.A.2",
                "Recital 87 GDPR",
                "breachmodel encoding notes, E4",
            ]
        ]

    @pytest.mark.parametrize(
        ("hours", "said"), [(47.5, "47.5 hours"), (48, "2.0 days"), (60, "2.5 days")]
    )
    def test_a_long_gap_is_said_in_days_from_48_hours(self, hours: float, said: str) -> None:
        inc = with_timeline(
            RISK,
            occurred=Occurrence.at(utc(2024, 1, 28)),
            detected_at=AWARE - timedelta(hours=hours),
        )
        (warning,) = [r for r in run(inc).notify.reasons if r.kind is ReasonKind.WARNING]
        assert warning.text.startswith(f"Awareness is dated {said} after the first detection")

    @pytest.mark.parametrize("hours", [1, 24])  # up to the 24-hour allowance itself (E4)
    def test_a_short_investigation_is_not_warned(self, hours: int) -> None:
        inc = with_timeline(
            RISK,
            occurred=Occurrence.at(utc(2024, 1, 30)),
            detected_at=AWARE - timedelta(hours=hours),
        )
        assert "warning" not in kinds(run(inc).notify)

    def test_the_controller_is_aware_from_the_processors_notice_e5(self) -> None:
        notified = utc(2024, 2, 1, 12)
        inc = attrs.evolve(
            with_timeline(
                RISK,
                detected_at=None,
                controller_aware_at=None,
                processor_aware_at=utc(2024, 2, 1, 9),
                processor_notified_controller_at=notified,
            ),
            processors=(processor(),),
        )
        det = run(inc).notify
        assert det.deadline.start == notified
        assert det.deadline.due == utc(2024, 2, 4, 12)
        assert det.reasons[4].text == (
            "The controller is taken to be aware from the processor's notice at "
            "2024-02-01T12:00:00+00:00."
        )
        assert "warning" not in kinds(det)

    def test_own_earlier_awareness_wins_over_the_processors_notice(self) -> None:
        inc = attrs.evolve(
            with_timeline(
                RISK, processor_aware_at=AWARE, processor_notified_controller_at=utc(2024, 2, 2)
            ),
            processors=(processor(),),
        )
        assert run(inc).notify.deadline.start == AWARE

    def test_processor_knew_long_before_constructive_awareness_warning_e5(self) -> None:
        inc = attrs.evolve(
            with_timeline(
                RISK,
                occurred=Occurrence.at(utc(2024, 1, 29)),
                detected_at=None,
                controller_aware_at=None,
                processor_aware_at=utc(2024, 1, 29, 9),
                processor_notified_controller_at=utc(2024, 2, 1, 12),
            ),
            processors=(processor(),),
        )
        det = run(inc).notify
        assert det.deadline.due == utc(2024, 2, 4, 12)  # EDPB rule: from the notice
        warnings = [r for r in det.reasons if r.kind is ReasonKind.WARNING]
        assert [r.text for r in warnings] == [
            "The processor knew 3.1 days before the controller: an authority may hold the "
            "controller aware from the processor's awareness (2024-01-29T09:00:00+00:00), as "
            "the Irish DPC did in its Twitter decision (constructive awareness)."
        ]
        assert reason_cites(det, ReasonKind.WARNING) == [
            ["Art. 33(2) GDPR", "breachmodel encoding notes, E5"]
        ]

    def test_joint_controllers_with_a_designated_notifier_e12(self) -> None:
        inc = attrs.evolve(RISK, joint_controllers=(org("partner"),), designated_notifier="partner")
        det = run(inc).notify
        assert det.reasons[-1].kind is ReasonKind.FACT
        assert det.reasons[-1].text == (
            "Joint controllers: under their Art. 26 arrangement, 'partner' notifies for all "
            "of them."
        )
        assert [str(c) for c in det.reasons[-1].citations] == [
            "Art. 26(1) GDPR",
            "EDPB Guidelines 9/2022, section II.A.3",
            "breachmodel encoding notes, E12",
        ]

    def test_joint_controllers_without_a_designated_notifier_are_warned_e12(self) -> None:
        det = run(attrs.evolve(RISK, joint_controllers=(org("partner"),))).notify
        assert det.outcome is Outcome.REQUIRED
        assert det.reasons[-1].kind is ReasonKind.WARNING
        assert det.reasons[-1].text.startswith(
            "Joint controllers with no designated notifier recorded: each of them carries "
            "the duty to notify"
        )
        assert reason_cites(det, ReasonKind.WARNING) == [
            [
                "Art. 26(1) GDPR",
                "EDPB Guidelines 9/2022, section II.A.3",
                "breachmodel encoding notes, E12",
            ]
        ]

    def test_public_ecomms_provider_is_warned_e16(self) -> None:
        inc = attrs.evolve(RISK, controller=org(public_ecomms_provider=True))
        det = run(inc).notify
        assert det.outcome is Outcome.REQUIRED
        assert det.reasons[-1].kind is ReasonKind.WARNING
        assert "Regulation 611/2013" in det.reasons[-1].text
        assert reason_cites(det, ReasonKind.WARNING) == [
            ["Art. 95 GDPR", "breachmodel encoding notes, E16"]
        ]

    def test_digital_omnibus_option_high_risk_threshold_e18(self) -> None:
        omnibus = GdprOptions(ruleset=Ruleset.DIGITAL_OMNIBUS_PROPOSAL)
        det = run(RISK, options=omnibus).notify
        assert det.outcome is Outcome.NOT_REQUIRED
        assert det.reasons[2].text == (
            "Under the Digital Omnibus proposal (not in force), notification is due only for "
            "breaches likely to result in a high risk, within 96 hours."
        )
        assert [str(c) for c in det.reasons[2].citations] == [
            "Art. 33(1) GDPR",
            "breachmodel encoding notes, E18",
        ]
        assert det.reasons[-1].text.startswith(
            "Exception applied: the risk level is 'risk' (the assessor's conclusion of "
            "2024-02-01), so the breach is not likely to "
            "result in a high risk"
        )
        assert det.interpretations == (
            "E18: the Digital Omnibus proposal's high-risk threshold and 96 hours",
        )

    def test_digital_omnibus_option_96_hours_e18(self) -> None:
        omnibus = GdprOptions(ruleset=Ruleset.DIGITAL_OMNIBUS_PROPOSAL)
        det = run(with_judgment(breach(), RiskLevel.HIGH), options=omnibus).notify
        assert det.outcome is Outcome.REQUIRED
        assert det.deadline.due == utc(2024, 2, 5, 9, 30)

    def test_reg_1182_71_counting_excludes_the_hour_of_awareness_e2(self) -> None:
        strict = GdprOptions(counting=Convention.REG_1182_71)
        det = run(RISK, options=strict).notify
        assert det.deadline.due == utc(2024, 2, 4, 10, 0)
        assert det.deadline.legal_latest is None
        assert det.interpretations[0] == "E2: hours counted by the 'reg_1182_71' convention"

    def test_reg_1182_71_awareness_on_the_hour_still_excludes_that_hour(self) -> None:
        inc = with_timeline(
            RISK, detected_at=utc(2024, 2, 1, 9), controller_aware_at=utc(2024, 2, 1, 9)
        )
        elapsed = run(inc).notify.deadline
        strict = run(inc, options=GdprOptions(counting=Convention.REG_1182_71)).notify.deadline
        assert elapsed.due == utc(2024, 2, 4, 9)
        assert elapsed.legal_latest == strict.due == utc(2024, 2, 4, 10)

    def test_72_hours_across_a_dst_change_are_elapsed_hours_e1(self) -> None:
        paris = ZoneInfo("Europe/Paris")
        aware = utc(2024, 3, 29, 18).astimezone(paris)  # 19:00 CET, Friday
        inc = with_timeline(
            RISK, occurred=Occurrence.at(aware), detected_at=aware, controller_aware_at=aware
        )
        deadline = run(inc).notify.deadline
        assert deadline.due == utc(2024, 4, 1, 18)
        assert deadline.due_local_iso == "2024-04-01T20:00:00+02:00"  # 20:00 CEST, not 19:00

    def test_undetermined_authority_is_warned_and_asked(self) -> None:
        two_states = org("acme", establishment("FR"), establishment("BE"))
        inc = attrs.evolve(RISK, controller=two_states, cross_border=True)
        det = run(inc).notify
        assert det.outcome is Outcome.REQUIRED
        assert det.recipients == ()
        assert det.reasons[-1].kind is ReasonKind.WARNING
        assert det.reasons[-1].text == (
            "The competent authority is not yet determined; see the routing."
        )
        assert [m.path for m in det.open_questions] == ["$.controller.establishments[].main"]
        assert det.deadline.timezone == "UTC"

    def test_out_of_scope_takes_the_scope_outcome(self) -> None:
        not_a_breach = run(attrs.evolve(RISK, personal_data=False)).notify
        assert not_a_breach.outcome is Outcome.NOT_REQUIRED
        assert cites(not_a_breach) == [
            "Art. 33(1) GDPR",
            "Art. 99(2) GDPR",
            "Art. 4(12) GDPR",
            "Art. 33(5) GDPR",
        ]
        unknown = run(attrs.evolve(RISK, effects=Effects())).notify
        assert unknown.outcome is Outcome.UNDETERMINED
        assert [m.path for m in unknown.missing_facts] == ["$.effects"]


def _told_by_processor(
    after: timedelta, *, term: int, controller_aware_at: datetime | None = None
) -> Incident:
    """The risky breach with one processor (a ``term``-hour contract) that knew at AWARE and
    told the controller ``after`` that; the controller otherwise aware at
    ``controller_aware_at``."""
    return attrs.evolve(
        with_timeline(
            RISK,
            controller_aware_at=controller_aware_at,
            processor_aware_at=AWARE,
            processor_notified_controller_at=AWARE + after,
        ),
        processors=(processor(term),),
    )


class TestProcessorNotice:
    """Art. 33(2): the processor tells the controller without undue delay (no fixed hours)."""

    def test_no_processor_not_applicable(self) -> None:
        det = run(RISK).processor
        assert det.outcome is Outcome.NOT_APPLICABLE
        assert kinds(det) == ["fact"]
        assert det.reasons[0].text == "No processor is involved in the incident."
        assert cites(det) == ["Art. 33(2) GDPR"]

    def test_notice_within_the_contract_term(self) -> None:
        inc = _told_by_processor(timedelta(hours=6), term=24)
        det = run(inc, as_of=utc(2024, 2, 3)).processor
        assert det.outcome is Outcome.REQUIRED
        assert det.deadline.open_ended is True
        assert det.deadline.due is None  # the GDPR sets no hours (E6)
        assert det.deadline.target == AWARE + timedelta(hours=24)
        assert det.status.status is Status.MET
        assert det.status.beyond_target_by is None
        assert kinds(det) == ["rule", "fact"]
        assert (
            det.reasons[1].text == "The contract sets 24 hours for the notice: that is the target."
        )
        assert cites(det) == [
            "Art. 33(2) GDPR",
            "EDPB Guidelines 9/2022, section II.A.4",
            "Art. 28(3)(f) GDPR",
            "breachmodel encoding notes, E6",
        ]
        assert det.recipients == ("acme",)
        assert det.interpretations == ("E5/E6: processor notice target",)

    def test_notice_after_the_target_is_met_late_never_met(self) -> None:
        inc = _told_by_processor(timedelta(hours=30), term=24)
        det = run(inc).processor
        assert det.status.status is Status.MET_LATE
        assert det.status.late
        assert det.status.beyond_target_by == timedelta(hours=6)
        assert kinds(det) == ["rule", "fact", "warning"]
        assert det.reasons[-1].text == (
            "The processor's notice came 6.0 hours past the 24-hour target: late, whatever "
            "the contract allows."
        )
        assert reason_cites(det, ReasonKind.WARNING) == [
            ["Art. 33(2) GDPR", "breachmodel encoding notes, E5", "breachmodel encoding notes, E6"]
        ]

    def test_a_longer_contract_term_does_not_extend_without_undue_delay(self) -> None:
        # 38 hours after the processor knew, the controller having read it in the press:
        # late, although the contract allows 48 hours.
        inc = _told_by_processor(
            timedelta(hours=38), term=48, controller_aware_at=AWARE + timedelta(hours=30)
        )
        det = run(inc).processor
        assert det.deadline.target == AWARE + timedelta(hours=24)
        assert det.status.status is Status.MET_LATE
        assert det.reasons[1].kind is ReasonKind.INTERPRETATION
        assert "cannot extend the statutory duty" in det.reasons[1].text
        assert kinds(det) == ["rule", "interpretation", "warning", "warning"]
        assert "learnt of the breach by other means" in det.reasons[-1].text

    def test_without_a_contract_term_the_project_target_applies_never_72_hours(self) -> None:
        inc = attrs.evolve(
            with_timeline(RISK, controller_aware_at=None, processor_aware_at=AWARE),
            processors=(processor(None),),
        )
        det = run(inc, as_of=AWARE + timedelta(hours=30)).processor
        assert det.reasons[1].kind is ReasonKind.INTERPRETATION
        assert det.reasons[1].text == (
            "No contractual limit is recorded; this project flags a notice later than 24 hours "
            "as an undue delay (the GDPR sets no hours)."
        )
        assert det.deadline.target == AWARE + timedelta(hours=24)
        assert det.status.status is Status.OVERDUE
        assert det.status.beyond_target_by == timedelta(hours=6)

    def test_every_processor_in_the_chain_is_assessed(self) -> None:
        sub = ProcessorLink(
            organisation=org("backup-co"),
            role=ProcessorRole.SUB_PROCESSOR,
            acts_for="host",
            aware_at=AWARE,
            notified_at=AWARE + timedelta(hours=50),
        )
        inc = attrs.evolve(
            with_timeline(
                RISK,
                controller_aware_at=None,
                processor_aware_at=AWARE + timedelta(hours=50),
                processor_notified_controller_at=AWARE + timedelta(hours=52),
            ),
            processors=(processor(24), sub),
        )
        dets = art33.processor_notices(inc, scope=check_scope(inc), options=GdprOptions())
        assert [d.id for d in dets] == [
            "gdpr.art33.processor_notice",
            "gdpr.art33.processor_notice.backup-co",
        ]
        assert dets[0].status.status is Status.MET
        assert dets[1].status.status is Status.MET_LATE
        assert dets[1].recipients == ("host",)
        assert [str(c) for c in dets[1].legal_basis] == ["Art. 33(2) GDPR", "Art. 28(4) GDPR"]
        # Each link names the organisation it reports to, by name: the controller for the
        # first, the processor it serves for the sub-processor.
        assert [d.title for d in dets] == [
            "Processor informs the controller",
            "Backup-Co SA informs Host SA",
        ]
        assert dets[0].reasons[0].text.startswith("The processor (Host SA) must notify Acme SA ")
        assert (
            dets[1].reasons[0].text.startswith("The processor (Backup-Co SA) must notify Host SA ")
        )

    def test_a_chain_of_three_names_each_link_upstream(self) -> None:
        def link(name: str, serves: str) -> ProcessorLink:
            return ProcessorLink(
                organisation=org(name), role=ProcessorRole.SUB_PROCESSOR, acts_for=serves
            )

        inc = attrs.evolve(
            RISK, processors=(processor(24), link("backup-co", "host"), link("vault", "backup-co"))
        )
        dets = art33.processor_notices(inc, scope=check_scope(inc), options=GdprOptions())
        assert [(d.title, d.recipients) for d in dets[1:]] == [
            ("Backup-Co SA informs Host SA", ("host",)),
            ("Vault SA informs Backup-Co SA", ("backup-co",)),
        ]

    def test_not_applicable_before_the_gdpr(self) -> None:
        old = utc(2017, 3, 1)
        inc = attrs.evolve(
            RISK,
            timeline=Timeline(
                occurred=Occurrence.at(old),
                processor_aware_at=old,
                processor_notified_controller_at=old + timedelta(hours=90),
            ),
            processors=(processor(24),),
        )
        det = run(inc).processor
        assert det.outcome is Outcome.NOT_APPLICABLE
        assert det.status is None
        assert "Art. 99(2) GDPR" in cites(det)

    def test_processor_awareness_unknown_is_an_open_question(self) -> None:
        det = run(attrs.evolve(RISK, processors=(processor(),))).processor
        assert det.outcome is Outcome.REQUIRED
        assert det.deadline.missing == ("processor_awareness",)
        assert det.status.status is Status.UNDETERMINED
        assert [m.path for m in det.open_questions] == ["$.timeline.processor_aware_at"]


class TestNotificationContent:
    """Art. 33(3)(a)-(d): minimum content; Art. 33(4): the rest may follow in phases."""

    def test_items_of_art_33_3(self) -> None:
        det = run(RISK).content
        assert det.outcome is Outcome.REQUIRED
        assert [(i.id, str(i.citation), i.provided, i.may_follow_later) for i in det.checklist] == [
            ("art33.3.a.nature", "Art. 33(3)(a) GDPR", True, True),
            ("art33.3.a.subject_categories", "Art. 33(3)(a) GDPR", True, True),
            ("art33.3.a.subject_count", "Art. 33(3)(a) GDPR", True, True),
            ("art33.3.a.record_categories", "Art. 33(3)(a) GDPR", True, True),
            ("art33.3.a.record_count", "Art. 33(3)(a) GDPR", False, True),
            ("art33.3.b.contact", "Art. 33(3)(b) GDPR", True, False),
            ("art33.3.c.consequences", "Art. 33(3)(c) GDPR", False, True),
            ("art33.3.d.measures", "Art. 33(3)(d) GDPR", False, True),
        ]
        assert [i.value for i in det.checklist][:4] == [
            "confidentiality",
            "customers",
            "40",
            "identity, contact",
        ]
        assert kinds(det) == ["rule", "fact"]
        assert det.reasons[1].text.startswith(
            "To be completed: approximate number of personal data records, likely "
            "consequences of the breach, measures taken or proposed, including mitigation."
        )
        assert cites(det) == [
            "Art. 33(3) GDPR",
            "Art. 33(4) GDPR",
            "EDPB Guidelines 9/2022, paras. 51-53",
            "breachmodel encoding notes, E20",
        ]
        assert det.recipients == ("fr-cnil",)
        assert det.deadline is None  # nothing filed yet: no follow-up clock

    def test_approximate_numbers_are_enough_e20(self) -> None:
        inc = attrs.evolve(
            RISK,
            data=(DataConcerned(category="identity", records=Count.between(1_000, 5_000)),),
        )
        item = {i.id: i for i in run(inc).content.checklist}["art33.3.a.record_count"]
        assert (item.provided, item.value) == (True, "identity: between 1,000 and 5,000")

    def test_complete_record(self) -> None:
        inc = attrs.evolve(
            RISK,
            data=(DataConcerned(category="identity", records=Count.exact(40)),),
            consequences=frozenset({Consequence.TARGETED_PHISHING}),
            measures=Measures(subsequent=(SubsequentMeasure(kind=MeasureKind.ACCESS_REVOKED),)),
        )
        det = run(inc).content
        assert all(i.provided for i in det.checklist)
        assert det.reasons[-1].text == "The record holds every Art. 33(3) item."
        assert cites(det) == [
            "Art. 33(3) GDPR",
            "Art. 33(4) GDPR",
            "EDPB Guidelines 9/2022, paras. 51-53",
        ]

    def test_phased_notification_follow_up_target_art_33_4_e9(self) -> None:
        initial = notice(utc(2024, 2, 2, 9))
        follow_up = notice(utc(2024, 2, 4, 9), kind=NoticeKind.FOLLOW_UP)
        inc = with_timeline(RISK, authority_notices=(initial, follow_up))
        det = run(inc, as_of=utc(2024, 2, 10)).content
        assert det.deadline.open_ended is True
        assert det.deadline.start == initial.at
        assert det.deadline.target == utc(2024, 2, 5, 9)
        assert det.status.status is Status.MET
        assert det.status.met_at == follow_up.at
        assert kinds(det) == ["rule", "fact", "interpretation"]
        assert reason_cites(det, ReasonKind.INTERPRETATION) == [
            ["Art. 33(4) GDPR", "breachmodel encoding notes, E9"]
        ]
        assert det.interpretations == ("E9: phased notification, follow-up soft target",)

    def test_no_content_without_a_notification(self) -> None:
        det = run(with_judgment(breach(), RiskLevel.UNLIKELY)).content
        assert det.outcome is Outcome.NOT_APPLICABLE
        assert det.checklist == ()
        assert det.reasons[0].text == (
            "Content is owed only with a notification; the notification is not required "
            "(gdpr.art33.notify_authority)."
        )

    def test_undetermined_notification_undetermined_content(self) -> None:
        det = run(breach(personal_data=None)).content
        assert det.outcome is Outcome.UNDETERMINED
        assert [m.path for m in det.missing_facts] == ["$.personal_data"]


class TestRegisterEntry:
    """Art. 33(5): document every breach, notified or not, with the reasoning (E15)."""

    def test_a_breach_not_notified_is_still_documented(self) -> None:
        det = run(with_judgment(breach(), RiskLevel.UNLIKELY)).register
        assert det.outcome is Outcome.REQUIRED
        assert kinds(det) == ["rule"]
        assert cites(det) == [
            "Art. 33(5) GDPR",
            "EDPB Guidelines 9/2022, section V.A",
            "breachmodel encoding notes, E15",
        ]
        assert [(i.id, str(i.citation), i.provided) for i in det.checklist] == [
            ("art33.5.facts", "Art. 33(5) GDPR", True),
            ("art33.5.effects", "Art. 33(5) GDPR", True),
            ("art33.5.remedial_action", "Art. 33(5) GDPR", False),
            ("art33.5.decision_rationale", "EDPB Guidelines 9/2022, section V.A", True),
            ("art33.5.delay_reasons", "Art. 33(1) GDPR", True),
        ]
        assert det.recipients == ("acme",)
        assert det.interpretations == ("E15: every incident is registered",)

    def test_not_a_personal_data_breach_records_the_decision(self) -> None:
        det = run(breach(personal_data=False)).register
        assert det.outcome is Outcome.REQUIRED
        assert kinds(det) == ["rule", "fact"]
        assert det.reasons[1].text == (
            "Record the decision that the incident is not a personal data breach, and why."
        )
        assert [str(c) for c in det.reasons[1].citations] == [
            "Art. 33(5) GDPR",
            "breachmodel encoding notes, E15",
        ]

    def test_before_the_gdpr_applied_not_applicable(self) -> None:
        inc = breach(timeline=Timeline(occurred=Occurrence.at(utc(2016, 5, 1))))
        assert run(inc).register.outcome is Outcome.NOT_APPLICABLE

    @pytest.mark.parametrize(("reasons", "provided"), [(None, False), ("Forensics.", True)])
    def test_reasons_for_a_late_notification_are_part_of_the_record(
        self, reasons: str | None, provided: bool
    ) -> None:
        late = notice(DUE_72H + timedelta(hours=2), reasons=reasons)
        det = run(with_timeline(RISK, authority_notices=(late,)), as_of=utc(2024, 3, 1)).register
        item = {i.id: i for i in det.checklist}["art33.5.delay_reasons"]
        assert item.provided is provided

    def test_undetermined_decision_rationale_is_not_provided(self) -> None:
        det = run(breach(timeline=Timeline(), effects=Effects())).register
        assert det.outcome is Outcome.REQUIRED
        item = {i.id: i for i in det.checklist}["art33.5.decision_rationale"]
        assert item.provided is False

    def test_occurrence_only_is_enough_to_register(self) -> None:
        inc = breach(timeline=Timeline(occurred=Occurrence.at(OCCURRED)))
        assert run(inc).register.outcome is Outcome.REQUIRED


def test_known_recipient_breach_confidentiality_literal() -> None:
    """Guard: the baseline incident is what the tests above assume."""
    conf = RISK.effects.confidentiality
    assert conf is not None
    assert conf.recipients == frozenset({Recipient.KNOWN_UNTRUSTED})
    assert RISK.timeline.controller_aware_at == AWARE


def test_a_zero_hour_contract_term_means_immediately() -> None:
    link = ProcessorLink(
        organisation=org("host"),
        acts_for="acme",
        contract=ProcessorContract(notice_within_hours=0),
    )
    inc = attrs.evolve(
        with_timeline(
            RISK, processor_aware_at=AWARE, processor_notified_controller_at=utc(2024, 2, 1, 11)
        ),
        processors=(link,),
    )
    det = run(inc).processor
    assert det.outcome is Outcome.REQUIRED
    assert det.reasons[1].text == "The contract sets 0 hours for the notice: that is the target."
    assert det.deadline.duty.value == "immediately"
    assert det.deadline.target is None
    assert det.status.status is Status.MET


@pytest.mark.parametrize(
    "rule",
    [
        art33.notify_authority,
        art33.processor_notices,
        art33.processor_notice,
        art33.notification_content,
        art33.register_entry,
    ],
)
def test_the_rules_take_their_inputs_by_keyword(rule: Callable[..., object]) -> None:
    # Determinations and analyses of the same type must never be swapped by position.
    passing = [p.kind for p in inspect.signature(rule).parameters.values()]
    assert passing[0] is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert set(passing[1:]) == {inspect.Parameter.KEYWORD_ONLY}
