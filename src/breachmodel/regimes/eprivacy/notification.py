"""Art. 2 of Regulation 611/2013: notification to the competent national authority.

* :func:`notify_authority`: every personal data breach, whatever the risk (Art. 2(1)),
  within 24 hours after detection where feasible (Art. 2(2)); Directive 2002/58/EC,
  Art. 4(3), first subparagraph.
* :func:`second_notification`: where the Annex I information is not all available, the
  initial notification gives section 1 and a second notification follows as soon as
  possible and at the latest within 3 days of the initial one (Art. 2(3)).

Rules attach a :class:`~breachmodel.clocks.Check` and never see ``as_of``.
"""

from __future__ import annotations

from datetime import datetime

from breachmodel.citations import encoding_note, gdpr, reg_1182_71
from breachmodel.clocks import (
    Anchor,
    CalendarDays,
    Check,
    Deadline,
    DeadlineRule,
    Filed,
    HolidayCalendar,
    Hours,
    compute_deadline,
)
from breachmodel.determination import Determination, MissingFact, Outcome, Reason, ReasonKind
from breachmodel.model import AuthorityNotice, Incident, NoticeKind
from breachmodel.obligations import ObligationKey
from breachmodel.regimes.eprivacy._cite import directive, reg
from breachmodel.regimes.eprivacy.authorities import NationalAuthority, national_authority
from breachmodel.regimes.eprivacy.content import annex_one
from breachmodel.regimes.eprivacy.keys import (
    INFORM_SUBSCRIBERS,
    NOTIFY_AUTHORITY,
    NOTIFY_AUTHORITY_KEY,
    SECOND_NOTIFICATION,
    SECOND_NOTIFICATION_KEY,
)
from breachmodel.regimes.eprivacy.scope import Head, outside

__all__ = ["answering_notices", "initial_deadline", "notify_authority", "second_notification"]

_HEAD = Head(
    NOTIFY_AUTHORITY_KEY,
    NOTIFY_AUTHORITY,
    "Notify the competent national authority (ePrivacy)",
    (reg("Art. 2"),),
)
_SECOND = Head(
    SECOND_NOTIFICATION_KEY,
    SECOND_NOTIFICATION,
    "Second notification to the competent national authority (ePrivacy)",
    (reg("Art. 2(3)"),),
)
_BOTH = frozenset({NOTIFY_AUTHORITY_KEY, SECOND_NOTIFICATION_KEY})
"""A second notification may name either key; the initial one names the first."""
_DETECTION_QUESTION = MissingFact(
    path="$.timeline.detected_at", question="When was the breach detected?"
)


def answering_notices(
    incident: Incident, keys: frozenset[ObligationKey], authority: NationalAuthority | None
) -> tuple[AuthorityNotice, ...]:
    """The notices on the timeline that answer one of these obligations.

    A notice naming the obligation it answers counts only for that one; a notice that
    names none counts if it names no authority or one of the competent authorities.
    """
    wanted = set(authority.ids) if authority is not None else set()

    def answers(notice: AuthorityNotice) -> bool:
        if notice.obligation is not None:
            return notice.obligation in keys
        return notice.authority is None or notice.authority in wanted

    return tuple(n for n in incident.timeline.authority_notices if answers(n))


def _tz(authority: NationalAuthority | None) -> str:
    return authority.timezone if authority is not None else "UTC"


def initial_deadline(incident: Incident, authority: NationalAuthority | None) -> Deadline:
    """24 hours after detection, elapsed, with no weekend or holiday extension (E3)."""
    rule = DeadlineRule(
        id=NOTIFY_AUTHORITY,
        label="Notify the competent national authority (Reg. 611/2013)",
        anchor=Anchor.DETECTION,
        period=Hours(n=24),
        timezone=_tz(authority),
        citations=(reg("Art. 2(2)"),),
    )
    return compute_deadline(rule, {Anchor.DETECTION: incident.timeline.detected_at})


def notify_authority(incident: Incident) -> Determination:
    """Art. 2(1)-(2): notify every breach to the competent national authority within 24 hours."""
    early = outside(incident, _HEAD)
    if early is not None:
        return early
    country, authority = national_authority(incident)
    deadline = initial_deadline(incident, authority)
    notices = answering_notices(incident, frozenset({NOTIFY_AUTHORITY_KEY}), authority)
    counted = Reason(
        kind=ReasonKind.RULE,
        text=deadline.describe(),
        citations=(reg("Art. 2(2)"), encoding_note("E3")),
    )
    reasons = (
        _duty_reason(),
        recipient_reason(country, authority),
        counted,
        _detection_reason(),
        _subscriber_pointer(),
    )
    return _HEAD.decide(
        Outcome.REQUIRED,
        reasons,
        open_questions=(_DETECTION_QUESTION,) if incident.timeline.detected_at is None else (),
        deadline=deadline,
        clock=_check(deadline, notices, NoticeKind.INITIAL),
        recipients=authority.ids if authority is not None else (),
        interpretations=("E16: Reg. 611/2013 instead of Art. 33 for the service itself",),
    )


def _check(deadline: Deadline, notices: tuple[AuthorityNotice, ...], kind: NoticeKind) -> Check:
    filings = tuple(Filed(n.kind.value, n.at) for n in notices)
    return Check(deadline=deadline, filings=filings, kinds=frozenset({kind.value}))


def _duty_reason() -> Reason:
    return Reason(
        kind=ReasonKind.RULE,
        text=(
            "The provider must notify every personal data breach in connection with its "
            "service, whatever the risk, to the competent national authority within 24 "
            "hours of detection where feasible; information it cannot yet give follows in "
            "a second notification within 3 days. For this breach the Regulation governs "
            "and Art. 33 GDPR does not add to it."
        ),
        citations=(
            reg("Art. 2(1) and (2)"),
            reg("Art. 2(3)"),
            directive("Art. 4(3)"),
            gdpr(95),
            encoding_note("E16"),
        ),
    )


def _detection_reason() -> Reason:
    return Reason(
        kind=ReasonKind.INTERPRETATION,
        text=(
            "Counted from the first detection recorded, the conservative reading: the "
            "Regulation holds a breach detected once the provider knows enough to make a "
            "meaningful notification (Art. 2(2), third subparagraph), which may come later."
        ),
        citations=(reg("Art. 2(2)"), encoding_note("E16")),
    )


def _subscriber_pointer() -> Reason:
    return Reason(
        kind=ReasonKind.WARNING,
        text=(
            "Subscribers and individuals are owed a notice of their own whenever the breach "
            "is likely to adversely affect their data or privacy, a lower threshold than the "
            "high risk of Art. 34 GDPR, and without waiting for this notification: see "
            f"{INFORM_SUBSCRIBERS}."
        ),
        citations=(reg("Art. 3"), encoding_note("E16")),
    )


def recipient_reason(country: str | None, authority: NationalAuthority | None) -> Reason:
    """Who receives the notice, and the source of that answer; a warning where unknown."""
    cites = (reg("Art. 2(1)"), directive("Art. 4(3)"))
    if authority is None:
        where = f"of {country}" if country else "of the provider's Member State"
        text = (
            f"Recipient: the competent national authority {where}, which this release does "
            "not name (unverified); check the national transposition of Art. 4(3) of "
            "Directive 2002/58/EC."
        )
        return Reason(kind=ReasonKind.WARNING, text=text, citations=cites)
    note = "" if authority.verified else " (not verified)"
    text = f"Recipient: {authority.name}{note}. Source: {authority.source}"
    kind = ReasonKind.FACT if authority.verified else ReasonKind.WARNING
    return Reason(kind=kind, text=text, citations=cites)


def second_notification(incident: Incident) -> Determination:
    """Art. 2(3): the second notification, within 3 days of the initial one."""
    early = outside(incident, _SECOND)
    if early is not None:
        return early
    country, authority = national_authority(incident)
    notices = answering_notices(incident, _BOTH, authority)
    initial = min((n.at for n in notices if n.kind is NoticeKind.INITIAL), default=None)
    missing = [i.label.lower() for i in annex_one(incident) if not i.provided]
    if not missing and initial is None:
        text = (
            "The record holds every Annex I item and no initial notification is recorded "
            "yet: one complete notification within 24 hours answers Art. 2, with no second one."
        )
        done = Reason(kind=ReasonKind.FACT, text=text, citations=(reg("Art. 2(3)"),))
        return _SECOND.decide(Outcome.NOT_REQUIRED, (_second_rule(), done))
    deadline, clock_reasons = _second_deadline(incident, country, authority, initial)
    return _SECOND.decide(
        Outcome.REQUIRED,
        (_second_rule(), _gaps_reason(missing), *clock_reasons),
        open_questions=() if missing else (_COMPLETE_QUESTION,),
        deadline=deadline,
        clock=_check(deadline, notices, NoticeKind.FOLLOW_UP),
        recipients=authority.ids if authority is not None else (),
        interpretations=("E3: 3 days counted as 72 hours, roll-forward for information",),
    )


_COMPLETE_QUESTION = MissingFact(
    path="$.timeline.authority_notices",
    question="Did the initial notification already give every Annex I item? If it did, "
    "no second notification is owed.",
)


def _second_rule() -> Reason:
    return Reason(
        kind=ReasonKind.RULE,
        text=(
            "Where not all Annex I information is available, the initial notification gives "
            "the section 1 items and a second notification gives the section 2 items, as soon "
            "as possible and at the latest within 3 days of the initial one; what still "
            "cannot be given then is sent as available, with reasons for the delay."
        ),
        citations=(reg("Art. 2(3)"), reg("Annex I")),
    )


def _gaps_reason(missing: list[str]) -> Reason:
    if missing:
        text = f"Not yet in the record, so not in a complete initial notification: {', '.join(missing)}."
    else:
        text = "The record now holds every Annex I item; the second notification gives what the initial one lacked."
    return Reason(kind=ReasonKind.FACT, text=text, citations=(reg("Art. 2(3)"), reg("Annex I")))


def _second_deadline(
    incident: Incident,
    country: str | None,
    authority: NationalAuthority | None,
    initial: datetime | None,
) -> tuple[Deadline, list[Reason]]:
    """3 days from the initial notice, or provisionally from the 24-hour deadline."""
    provisional = initial is None
    start = initial if initial is not None else initial_deadline(incident, authority).due
    rule = DeadlineRule(
        id=SECOND_NOTIFICATION,
        label="Second notification to the competent national authority"
        + (" (provisional, counted from the 24-hour deadline)" if provisional else ""),
        anchor=Anchor.EARLIER_FILING,
        period=CalendarDays(n=3),
        timezone=_tz(authority),
        calendar=HolidayCalendar(country) if authority is not None and country else None,
        citations=(reg("Art. 2(3)"),),
    )
    deadline = compute_deadline(rule, {Anchor.EARLIER_FILING: start})
    cites = (reg("Art. 2(3)"), reg_1182_71("Art. 3"), encoding_note("E3"))
    out = [Reason(kind=ReasonKind.RULE, text=deadline.describe(), citations=cites)]
    text = (
        "The 3 days are counted as 72 hours from the initial notification, the conservative "
        "reading; where the last day is a weekend day or public holiday, the latest reading "
        "with a roll-forward to the next working day is shown for information only."
    )
    if provisional:
        text += (
            " No initial notification is recorded: the period is counted, provisionally, "
            "from the latest moment the initial notification may be made."
        )
    out.append(Reason(kind=ReasonKind.INTERPRETATION, text=text, citations=cites))
    return deadline, out
