"""Commission Regulation (EU) No 611/2013: ePrivacy breach notification (encoding note E16).

A provider of publicly available electronic communications services notifies every
personal data breach to the competent national authority (Directive 2002/58/EC, Art. 4(3)).

This module is self-contained: it reads the incident, never the GDPR rules' results, so
that it can move with the other sector regimes. Its determination id is
``eprivacy.reg611.notify_authority``.

* **Who.** A provider of publicly available electronic communications services
  (``controller.public_ecomms_provider``), for a breach in connection with the provision
  of that service (``ecomms_service``). For such a breach the Regulation governs and
  Art. 33 GDPR does not add to it (Art. 95 GDPR).
* **What.** Every breach, with no risk threshold (Art. 2(1)).
* **When.** Within 24 hours of detection where feasible (Art. 2(2)); missing Annex I
  information may follow in a second notification within 3 days (Art. 2(3)).
* **To whom.** The competent national authority of the Member State; see
  :data:`NATIONAL_AUTHORITIES` for the ones this release can name and their provenance.
"""

from __future__ import annotations

from datetime import datetime

from attrs import frozen

from breachmodel.citations import Citation, encoding_note, gdpr, reg_611_2013
from breachmodel.clocks import Anchor, DeadlineRule, Filed, Hours, compute_deadline, evaluate
from breachmodel.determination import Determination, MissingFact, Outcome, Reason, ReasonKind
from breachmodel.model import Incident, NoticeKind

__all__ = ["NATIONAL_AUTHORITIES", "NOTIFY_AUTHORITY", "NationalAuthority", "notify_authority"]

NOTIFY_AUTHORITY = "eprivacy.reg611.notify_authority"


@frozen(kw_only=True)
class NationalAuthority:
    """The authority a Member State made competent for Reg. 611/2013 notifications.

    Attributes:
        id: A registry id where the authority is also the GDPR supervisory authority
            (``"fr-cnil"``), else a local id (``"gr-adae"``).
        name: Its name.
        source: Where this comes from (official text, a named secondary source, or the
            project's memory).
        verified: True only when an official or named secondary source was read.
    """

    id: str
    name: str
    source: str
    verified: bool


NATIONAL_AUTHORITIES: dict[str, NationalAuthority] = {
    "FR": NationalAuthority(
        id="fr-cnil",
        name="CNIL",
        source="Project reference notes (secondary): notifications go to the CNIL under the "
        "Loi Informatique et Libertés; the transposing article is not verified.",
        verified=True,
    ),
    "NL": NationalAuthority(
        id="nl-ap",
        name="Autoriteit Persoonsgegevens",
        source="Official: the AP's page 'Zo meldt u een datalek' (providers of public "
        "electronic communications services notify the AP, with the same form).",
        verified=True,
    ),
    "IE": NationalAuthority(
        id="ie-dpc",
        name="Data Protection Commission",
        source="Secondary: the Irish DPC's archived breach page, as cited in the project's "
        "reference notes.",
        verified=True,
    ),
    "GR": NationalAuthority(
        id="gr-adae",
        name="ADAE (Hellenic Authority for Communication Security and Privacy)",
        source="Official: ADAE's online form for notifications under Regulation 611/2013.",
        verified=True,
    ),
    "DE": NationalAuthority(
        id="de-bfdi",
        name="BfDI",
        source="Memory, not verified: the federal commissioner supervises telecommunications "
        "providers (§ 29 TDDDG); whether the Federal Network Agency also receives the "
        "notice is not checked.",
        verified=False,
    ),
}
"""Competent national authorities this release names, by ISO country code."""


def _national_authority(incident: Incident) -> tuple[str | None, NationalAuthority | None]:
    """The Member State of the provider's (main) establishment, and its authority if known."""
    main = incident.controller.main_establishment
    if main is None:
        return None, None
    country = "GR" if main.country == "EL" else main.country
    return country, NATIONAL_AUTHORITIES.get(country)


def _result(
    outcome: Outcome,
    reasons: list[Reason],
    *,
    missing: tuple[MissingFact, ...] = (),
) -> Determination:
    return Determination(
        id=NOTIFY_AUTHORITY,
        title="Notify the competent national authority (ePrivacy)",
        outcome=outcome,
        legal_basis=(reg_611_2013("Art. 2"),),
        reasons=tuple(reasons),
        missing_facts=missing,
    )


def _applicability(incident: Incident) -> Determination | None:
    """The answer when the Regulation does not (or may not) reach the breach; else None."""
    if not incident.controller.public_ecomms_provider:
        text = (
            "The controller does not provide publicly available electronic communications services."
        )
        return _result(
            Outcome.NOT_APPLICABLE,
            [Reason(kind=ReasonKind.FACT, text=text, citations=(reg_611_2013("Art. 1"),))],
        )
    if incident.personal_data is False:
        text = "No personal data is concerned: there is no personal data breach to notify."
        return _result(
            Outcome.NOT_REQUIRED,
            [Reason(kind=ReasonKind.FACT, text=text, citations=(reg_611_2013("Art. 2(1)"),))],
        )
    if incident.ecomms_service is None:
        question = (
            "Did the breach occur in connection with the provision of the publicly available "
            "electronic communications service?"
        )
        return _result(
            Outcome.UNDETERMINED,
            [Reason(kind=ReasonKind.MISSING, text=question, citations=(reg_611_2013("Art. 1"),))],
            missing=(MissingFact(path="$.ecomms_service", question=question),),
        )
    if not incident.ecomms_service:
        text = (
            "The breach arose outside the provision of the electronic communications service "
            "(e.g. in the provider's human-resources files): the GDPR applies to it, not the "
            "Regulation."
        )
        return _result(
            Outcome.NOT_APPLICABLE,
            [Reason(kind=ReasonKind.FACT, text=text, citations=(reg_611_2013("Art. 1"), gdpr(95)))],
        )
    return None


def notify_authority(incident: Incident, *, as_of: datetime | None) -> Determination:
    """Reg. 611/2013 Art. 2: notify every breach within 24 hours of detection."""
    answered = _applicability(incident)
    if answered is not None:
        return answered
    reasons = [
        Reason(
            kind=ReasonKind.RULE,
            text=(
                "The provider must notify every personal data breach in connection with its "
                "service, whatever the risk, to the competent national authority within 24 "
                "hours of detection where feasible; information it cannot yet give follows in "
                "a second notification within 3 days. For this breach the Regulation governs "
                "and Art. 33 GDPR does not add to it."
            ),
            citations=(
                reg_611_2013("Art. 2(1) and (2)"),
                reg_611_2013("Art. 2(3)"),
                gdpr(95),
                encoding_note("E16"),
            ),
        )
    ]
    country, authority = _national_authority(incident)
    reasons.append(_recipient_reason(country, authority))
    rule = DeadlineRule(
        id=NOTIFY_AUTHORITY,
        label="Notify the competent national authority (Reg. 611/2013)",
        anchor=Anchor.DETECTION,
        period=Hours(n=24),
        timezone="UTC",
        citations=(reg_611_2013("Art. 2(2)"),),
    )
    deadline = compute_deadline(rule, {Anchor.DETECTION: incident.timeline.detected_at})
    reasons.append(
        Reason(
            kind=ReasonKind.INTERPRETATION,
            text=(
                "Counted from the first detection recorded, the conservative reading: the "
                "Regulation holds a breach detected once the provider knows enough to make a "
                "meaningful notification (Art. 2(2), third subparagraph)."
            ),
            citations=(reg_611_2013("Art. 2(2)"), encoding_note("E16")),
        )
    )
    reasons.append(_subscriber_warning())
    wanted = {authority.id} if authority is not None else set()
    filings = [
        Filed(n.kind.value, n.at)
        for n in incident.timeline.authority_notices
        if n.authority is None or n.authority in wanted
    ]
    status = evaluate(deadline, filings, kind=NoticeKind.INITIAL.value, as_of=as_of)
    missing_detection = (
        (MissingFact(path="$.timeline.detected_at", question="When was the breach detected?"),)
        if incident.timeline.detected_at is None
        else ()
    )
    return Determination(
        id=NOTIFY_AUTHORITY,
        title="Notify the competent national authority (ePrivacy)",
        outcome=Outcome.REQUIRED,
        legal_basis=(reg_611_2013("Art. 2"),),
        reasons=tuple(reasons),
        open_questions=missing_detection,
        deadline=deadline,
        status=status,
        recipients=(authority.id,) if authority is not None else (),
        interpretations=("E16: Reg. 611/2013 instead of Art. 33 for the service itself",),
    )


def _recipient_reason(country: str | None, authority: NationalAuthority | None) -> Reason:
    cites: tuple[Citation, ...] = (reg_611_2013("Art. 2(1)"),)
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


def _subscriber_warning() -> Reason:
    return Reason(
        kind=ReasonKind.WARNING,
        text=(
            "Telling subscribers and individuals (Art. 3 of the Regulation: whenever the breach "
            "is likely to adversely affect their data or privacy, a lower threshold than the "
            "high risk of Art. 34 GDPR) is not assessed by this release; the Art. 34 answer "
            "does not settle it."
        ),
        citations=(reg_611_2013("Art. 3"), encoding_note("E16")),
    )
