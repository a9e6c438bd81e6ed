"""Whether a state's law is triggered: its personal information, encryption, risk of harm.

Read from the incident's data categories (:attr:`Element.category`), its encryption
record and the organisation's finding ``no_likely_harm``. An unknown encryption record and
an absent harm determination are taken at their ordinary value (the data was readable; no
determination was made) and named as assumptions: both make notice owed, never excused.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Final
from zoneinfo import ZoneInfo

from attrs import frozen

from breachmodel.determination import Assumption, MissingFact, Reason, ReasonKind
from breachmodel.model import DataCategory, Incident
from breachmodel.regimes._national import answer, finding_path
from breachmodel.regimes.us_states._law import REGIME_ID, Element, StateLaw

__all__ = ["FINDINGS", "Coverage", "coverage", "discovered"]

FINDINGS: Final = {
    "no_likely_harm": "After a reasonable and prompt investigation, did the organisation "
    "determine that misuse of the personal information, or harm to the residents, is not "
    "reasonably likely (the risk-of-harm exception of the state laws that have one)?",
    "breach_determined": "When did the organisation determine that a breach of security "
    "occurred (record it in 'at'): the clocks of the states that count from the "
    "determination start then?",
}
"""The findings the US state regime reads."""


@frozen(kw_only=True)
class Coverage:
    """Whether notice to a state's residents is owed, why, and on what assumptions."""

    owed: bool | None
    reasons: tuple[Reason, ...]
    missing: tuple[MissingFact, ...] = ()
    assumptions: tuple[Assumption, ...] = ()


def discovered(incident: Incident, law: StateLaw) -> date | None:
    """The day the breach was discovered, in the state's zone (awareness, else detection)."""
    t = incident.timeline
    at = t.controller_aware_at or t.detected_at
    return None if at is None else at.astimezone(ZoneInfo(law.zone)).date()


def _elements(incident: Incident, law: StateLaw) -> tuple[bool | None, Reason]:
    cite = (law.cite(),)
    if not incident.data:
        text = "The data affected is not recorded."
        return None, Reason(kind=ReasonKind.MISSING, text=text, citations=cite)
    cats = {d.category for d in incident.data}
    named = DataCategory.IDENTITY.value in cats
    day = discovered(incident, law)
    found = sorted(e for e in law.elements if e.category.value in cats and (named or e.alone))
    in_force = law.elements_on(day)
    hits = [e for e in found if e in in_force]
    if hits:
        text = (
            f"The data affected includes {_words(e.label for e in hits)}"
            + (" with the residents' names" if named else "")
            + f": personal information under the {law.name} law."
        )
        return True, Reason(kind=ReasonKind.FACT, text=text, citations=cite)
    listed = _words([e.label for e in sorted(in_force)], "or")
    text = (
        f"The data affected includes none of the elements that, with a name, make personal "
        f"information under the {law.name} law ({listed}): no notice is owed under it."
        + _not_yet(law, found, day)
    )
    return False, Reason(kind=ReasonKind.FACT, text=text, citations=cite)


def _not_yet(law: StateLaw, found: list[Element], day: date | None) -> str:
    """The elements found that an amendment added only after the breach was discovered."""
    later = [(e, law.element_since(e)) for e in found]
    dated = [f"{e.label} (from {since.isoformat()})" for e, since in later if since is not None]
    if not dated or day is None:
        return ""
    return (
        f" It includes {_words(dated)}, which the law covers only for breaches discovered "
        f"from that date; this breach was discovered on {day.isoformat()}."
    )


def _words(items: Iterable[str], conjunction: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c`` (or ``or``)."""
    *head, last = items
    return f"{', '.join(head)} {conjunction} {last}" if head else last


def _encrypted(incident: Incident, law: StateLaw) -> tuple[Reason, Assumption | None]:
    enc = incident.measures.encryption
    readable = None if enc is None else enc.renders_unintelligible
    cite = (law.cite(),)
    if readable is True:
        text = (
            "The data was encrypted and the key was not taken with it: the encryption safe "
            "harbour applies, there is no breach of unencrypted personal information."
        )
        return Reason(kind=ReasonKind.EXCEPTION_APPLIED, text=text, citations=cite), None
    if readable is False:
        text = "The data was readable (not encrypted, or the key was taken with it): the encryption safe harbour does not apply."
        return Reason(kind=ReasonKind.EXCEPTION_REJECTED, text=text, citations=cite), None
    text = "Whether the data was encrypted is not fully recorded: it is taken as readable."
    assumed = Assumption(
        path="$.measures.encryption",
        assumed="the data was not encrypted (the encryption safe harbour does not apply)",
        why="not recorded; notice is owed unless the organisation shows it was encrypted",
    )
    return Reason(kind=ReasonKind.EXCEPTION_REJECTED, text=text, citations=cite), assumed


def _harm(incident: Incident, law: StateLaw) -> tuple[Reason, bool, Assumption | None]:
    found = answer(incident, REGIME_ID, "no_likely_harm")
    cite = (law.cite(),)
    if not law.harm_test:
        text = f"The {law.name} law has no risk-of-harm exception: notice is owed whatever the likelihood of harm."
        return Reason(kind=ReasonKind.RULE, text=text, citations=cite), False, None
    if found is True:
        cond = f" (provided {law.harm_conditions})" if law.harm_conditions else ""
        text = f"The organisation determined that misuse or harm is not reasonably likely: the {law.name} law excuses notice{cond}."
        return Reason(kind=ReasonKind.EXCEPTION_APPLIED, text=text, citations=cite), True, None
    if found is False:
        text = "The organisation did not find misuse or harm unlikely: the risk-of-harm exception does not apply."
        return Reason(kind=ReasonKind.EXCEPTION_REJECTED, text=text, citations=cite), False, None
    text = "No determination that misuse or harm is unlikely is recorded: the risk-of-harm exception is not applied."
    assumed = Assumption(
        path=finding_path(REGIME_ID, "no_likely_harm"),
        assumed="no determination that misuse or harm is not reasonably likely",
        why="not recorded; the exception needs the organisation's own determination",
    )
    return Reason(kind=ReasonKind.EXCEPTION_REJECTED, text=text, citations=cite), False, assumed


def coverage(incident: Incident, law: StateLaw) -> Coverage:
    """Whether the breach must be notified to the state's residents, and why."""
    personal, why = _elements(incident, law)
    if personal is not True:
        missing = (
            ()
            if personal is False
            else (MissingFact(path="$.data", question="Which data was affected?"),)
        )
        return Coverage(owed=personal, reasons=(why,), missing=missing)
    enc_reason, enc_assumed = _encrypted(incident, law)
    if enc_reason.kind is ReasonKind.EXCEPTION_APPLIED:
        return Coverage(owed=False, reasons=(why, enc_reason))
    harm_reason, excused, harm_assumed = _harm(incident, law)
    assumed = tuple(a for a in (enc_assumed, harm_assumed) if a is not None)
    return Coverage(owed=not excused, reasons=(why, enc_reason, harm_reason), assumptions=assumed)
