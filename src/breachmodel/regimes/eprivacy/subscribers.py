"""Art. 3 and 4 of Regulation 611/2013: telling the subscribers or individuals concerned.

When a breach is likely to adversely affect the personal data or privacy of a subscriber
or individual, the provider also notifies them (Art. 3(1); Directive 2002/58/EC, Art.
4(3), second subparagraph), without undue delay after detection and whether or not the
authority has been notified (Art. 3(3)). Whether the breach is likely to adversely affect
them is assessed in the light of the circumstances of Art. 3(2): (a) the nature and
content of the data, (b) the likely consequences, (c) the circumstances of the breach.

The notice is not required where the provider has demonstrated to the competent national
authority's satisfaction that the data were rendered unintelligible (Art. 4(1)-(2)); the
authority may require the notice where the provider has not given it (Directive
2002/58/EC, Art. 4(3), fourth subparagraph).
"""

from __future__ import annotations

from breachmodel.citations import Citation, encoding_note
from breachmodel.clocks import (
    Anchor,
    Check,
    DeadlineRule,
    Duty,
    Filed,
    OpenEnded,
    compute_deadline,
)
from breachmodel.determination import Determination, MissingFact, Outcome, Reason, ReasonKind
from breachmodel.model import AuthorityDecisionKind, Consequence, Exfiltration, Incident
from breachmodel.model.categories import DataCategory
from breachmodel.model.facts import Recipient
from breachmodel.regimes.eprivacy._cite import directive, reg
from breachmodel.regimes.eprivacy.authorities import national_authority
from breachmodel.regimes.eprivacy.keys import INFORM_SUBSCRIBERS, INFORM_SUBSCRIBERS_KEY
from breachmodel.regimes.eprivacy.scope import Head, outside

__all__ = ["adverse_circumstances", "inform_subscribers"]

_HEAD = Head(
    INFORM_SUBSCRIBERS_KEY,
    INFORM_SUBSCRIBERS,
    "Notify the subscribers or individuals concerned (ePrivacy)",
    (reg("Art. 3(1)"), directive("Art. 4(3)")),
)

_NATURE = frozenset(
    {
        DataCategory.FINANCIAL.value,
        DataCategory.PAYMENT_CARD.value,
        DataCategory.LOCATION.value,
        DataCategory.TRAFFIC_DATA.value,
        DataCategory.COMMUNICATIONS_CONTENT.value,
    }
)
"""Art. 3(2)(a): financial information, location data, internet log files, web browsing
histories, e-mail data and itemised call lists (traffic data and communications content)."""

_HARM = frozenset(
    {
        Consequence.IDENTITY_THEFT_OR_FRAUD,
        Consequence.PHYSICAL_HARM,
        Consequence.DISTRESS,
        Consequence.REPUTATIONAL_DAMAGE,
    }
)
"""Art. 3(2)(b): identity theft or fraud, physical harm, psychological distress,
humiliation or damage to reputation."""

_OUT_OF_HANDS = frozenset(
    {Recipient.UNKNOWN_THIRD_PARTY, Recipient.KNOWN_UNTRUSTED, Recipient.PUBLIC}
)

_ADVERSE_QUESTION = MissingFact(
    path="$.consequences",
    question="Is the breach likely to adversely affect the subscribers' or individuals' "
    "personal data or privacy (identity theft or fraud, physical harm, psychological "
    "distress, humiliation, damage to reputation)?",
)

_RULE = Reason(
    kind=ReasonKind.RULE,
    text=(
        "When the breach is likely to adversely affect the personal data or privacy of a "
        "subscriber or individual, the provider also notifies them, without undue delay "
        "after detection and without waiting for the notification to the authority. The "
        "threshold is lower than the high risk of Art. 34 GDPR."
    ),
    citations=(
        reg("Art. 3(1)"),
        reg("Art. 3(3)"),
        directive("Art. 4(3)"),
        encoding_note("E16"),
    ),
)


def adverse_circumstances(incident: Incident) -> tuple[Reason, ...]:
    """The circumstances of Art. 3(2) the incident shows, one reason per point."""
    out: list[Reason] = []
    data = sorted(
        d.category
        for d in incident.data
        if d.category in _NATURE
        or d.reveals_special_category
        or incident.category_info(d.category).special_category
    )
    if data:
        kinds = ", ".join(incident.category_info(c).label.lower() for c in data)
        text = f"The data concerned is of a kind the Regulation singles out: {kinds}."
        out.append(Reason(kind=ReasonKind.FACT, text=text, citations=(reg("Art. 3(2)(a)"),)))
    harm = sorted(c.value for c in incident.consequences if c in _HARM)
    if harm:
        text = f"Likely consequences the Regulation names: {', '.join(harm)}."
        out.append(Reason(kind=ReasonKind.FACT, text=text, citations=(reg("Art. 3(2)(b)"),)))
    conf = incident.effects.confidentiality
    if conf is not None and (
        conf.exfiltration in (Exfiltration.CONFIRMED, Exfiltration.LIKELY)
        or conf.recipients & _OUT_OF_HANDS
    ):
        text = "The data was taken, or is in the hands of an unauthorised third party."
        out.append(Reason(kind=ReasonKind.FACT, text=text, citations=(reg("Art. 3(2)(c)"),)))
    return tuple(out)


def _facts_unknown(incident: Incident) -> bool:
    return incident.effects.unknown or (not incident.effects.types and not incident.consequences)


def inform_subscribers(incident: Incident) -> Determination:
    """Art. 3: must the provider notify the subscribers or individuals, and by when?"""
    early = outside(incident, _HEAD)
    if early is not None:
        return early
    decided = _authority_decision(incident)
    if decided is not None:
        outcome, reason = decided
        return _result(incident, outcome, (_RULE, reason))
    circumstances = adverse_circumstances(incident)
    if not circumstances:
        if _facts_unknown(incident):
            missing = Reason(
                kind=ReasonKind.MISSING,
                text=_ADVERSE_QUESTION.question,
                citations=(reg("Art. 3(2)"),),
            )
            return _result(
                incident, Outcome.UNDETERMINED, (_RULE, missing), missing=(_ADVERSE_QUESTION,)
            )
        text = "None of the circumstances of Art. 3(2) is recorded: no adverse effect is likely."
        none = Reason(kind=ReasonKind.FACT, text=text, citations=(reg("Art. 3(2)"),))
        return _result(incident, Outcome.NOT_REQUIRED, (_RULE, none))
    return _result(incident, Outcome.REQUIRED, (_RULE, *circumstances, _unintelligible(incident)))


def _authority_decision(incident: Incident) -> tuple[Outcome, Reason] | None:
    """The competent authority's decision, which settles the question either way."""
    decision = incident.authority_decision
    _country, authority = national_authority(incident)
    if decision is None or (
        decision.authority is not None
        and (authority is None or decision.authority not in authority.ids)
    ):
        return None
    if decision.kind is AuthorityDecisionKind.REQUIRE_COMMUNICATION:
        text = "The competent national authority has required the provider to notify them."
        cite: tuple[Citation, ...] = (directive("Art. 4(3)"),)
        return Outcome.REQUIRED, Reason(kind=ReasonKind.FACT, text=text, citations=cite)
    if decision.exemption == "a":
        text = (
            "Exception applied: the provider has demonstrated to the competent national "
            "authority's satisfaction that the data were rendered unintelligible."
        )
        cite = (reg("Art. 4(1)"), reg("Art. 4(2)"))
        return Outcome.NOT_REQUIRED, Reason(
            kind=ReasonKind.EXCEPTION_APPLIED, text=text, citations=cite
        )
    return None


def _unintelligible(incident: Incident) -> Reason:
    """Art. 4: the exemption for unintelligible data, considered and not (yet) established."""
    enc = incident.measures.encryption
    if enc is not None and enc.renders_unintelligible:
        text = (
            "Exception considered and not yet established: the data appear to have been "
            "securely encrypted with an uncompromised key, but the notice is dispensed with "
            "only once the provider has demonstrated this to the competent national "
            "authority's satisfaction (record the authority's finding)."
        )
    else:
        text = (
            "Exception considered and rejected: nothing recorded shows that the data were "
            "rendered unintelligible (encrypted with a standardised algorithm, or replaced by "
            "a keyed hash, with a key neither compromised nor ascertainable)."
        )
    return Reason(
        kind=ReasonKind.EXCEPTION_REJECTED,
        text=text,
        citations=(reg("Art. 4(1)"), reg("Art. 4(2)")),
    )


def _result(
    incident: Incident,
    outcome: Outcome,
    reasons: tuple[Reason, ...],
    *,
    missing: tuple[MissingFact, ...] = (),
) -> Determination:
    if outcome is not Outcome.REQUIRED:
        return _HEAD.decide(outcome, reasons, missing_facts=missing)
    rule = DeadlineRule(
        id=INFORM_SUBSCRIBERS,
        label="Notify the subscribers or individuals concerned",
        anchor=Anchor.DETECTION,
        period=OpenEnded(duty=Duty.WITHOUT_UNDUE_DELAY),
        timezone="UTC",
        citations=(reg("Art. 3(3)"),),
    )
    deadline = compute_deadline(rule, {Anchor.DETECTION: incident.timeline.detected_at})
    filings = tuple(Filed("individual", c.at) for c in incident.timeline.subject_communications)
    means = Reason(
        kind=ReasonKind.RULE,
        text=(
            "By means that ensure prompt receipt and are appropriately secured, in a notice "
            "dedicated to the breach; it may be delayed only in exceptional circumstances, "
            "where it would put the investigation at risk, and with the competent national "
            "authority's agreement."
        ),
        citations=(reg("Art. 3(5)"), reg("Art. 3(6)")),
    )
    return _HEAD.decide(
        outcome,
        (*reasons, means),
        deadline=deadline,
        clock=Check(deadline=deadline, filings=filings, kinds=frozenset({"individual"})),
        recipients=("subscribers",),
        interpretations=("E16: Art. 3(2) circumstances read as a checklist, any one suffices",),
    )
