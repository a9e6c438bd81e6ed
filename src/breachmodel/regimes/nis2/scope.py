"""Who NIS2 reaches: essential and important entities by sector and size (Arts. 2, 3).

An organisation records its NIS2 classification (``Organisation.classifications``, scheme
``nis2``) in one of two ways:

* as a class someone decided (category ``essential``, ``important`` or ``out_of_scope``,
  with its source: a registration, a supervisor's list, its own documented assessment);
* as the facts the Directive reads (category ``sector_and_size``): its entity type in
  Annex I or II (``sector``, one of :data:`ENTITY_TYPES`) and its size (``size``, or the
  findings ``nis2/staff_headcount``, ``nis2/annual_turnover_eur`` and
  ``nis2/balance_sheet_eur``). A member state's designation of the entity (Art. 2(2)(b)
  to (e), Art. 3(1)(e) and (f), Art. 3(2)) is the finding ``nis2/designation`` with the
  value ``essential`` or ``important`` and its source.

Size follows Art. 2 of the Annex to Commission Recommendation 2003/361/EC, which Art. 2(1)
NIS2 refers to: an enterprise is at least medium-sized with 50 or more staff, or with both
an annual turnover and a balance sheet total over EUR 10 million; it exceeds the ceilings
for medium-sized enterprises with 250 or more staff, or with both a turnover over EUR 50
million and a balance sheet total over EUR 43 million. The figures are the enterprise's own
(Art. 6 of the Annex adds those of partner and linked enterprises): an assumption the
reasons state.

Provenance: Art. 3(1)(a) to (g) and 3(2) were read in the Directive's text as reproduced by
digitaldecade.hannessnellman.com (English) and nis2resources.eu (French, Italian), and
Recital 7 (the size-cap rule) as reproduced by overview.legal. Arts. 2(1), 2(2)(a) and (f),
the list of entity types of Annexes I and II and the ceilings of Recommendation
2003/361/EC are encoded from memory of the texts; they were NOT checked against the
Official Journal text here (the law page lists them so).
"""

from __future__ import annotations

from typing import Final

from attrs import frozen

from breachmodel.citations import Citation, cite
from breachmodel.determination import MissingFact, Reason, ReasonKind
from breachmodel.law import NIS2
from breachmodel.model import Classification, Incident
from breachmodel.regimes._findings import finding_fact
from breachmodel.regimes._sector import Scope

__all__ = [
    "BALANCE_MEDIUM_EUR",
    "BY_FACTS",
    "EITHER",
    "ENTITY_TYPES",
    "FINDINGS",
    "STAFF_LARGE",
    "STAFF_MEDIUM",
    "TURNOVER_MEDIUM_EUR",
    "EntityType",
    "classify",
    "entity_type",
    "figure",
    "size_class",
]

BY_FACTS: Final = "sector_and_size"
"""The category that asks the regime to classify the entity from its sector and size."""

STAFF_MEDIUM: Final = 50
"""Rec. 2003/361/EC Annex Art. 2(2): a small enterprise has fewer than 50 staff."""
TURNOVER_MEDIUM_EUR: Final = 10_000_000
"""Rec. 2003/361/EC Annex Art. 2(2): ... and turnover or balance sheet of at most EUR 10 M."""
STAFF_LARGE: Final = 250
"""Rec. 2003/361/EC Annex Art. 2(1): a medium-sized enterprise has fewer than 250 staff."""
TURNOVER_LARGE_EUR: Final = 50_000_000
"""Rec. 2003/361/EC Annex Art. 2(1): ... and a turnover of at most EUR 50 M, or ..."""
BALANCE_MEDIUM_EUR: Final = 43_000_000
"""Rec. 2003/361/EC Annex Art. 2(1): ... a balance sheet total of at most EUR 43 M."""

_REC: Final = "Commission Recommendation 2003/361/EC"
_REC_URL: Final = "https://eur-lex.europa.eu/eli/reco/2003/361/oj"

FINDINGS: Final = {
    "designation": "Has the member state designated the entity essential or important "
    "(Art. 2(2)(b)-(e), Art. 3(1)(e)-(f), Art. 3(2) NIS2)? Value: essential or important.",
    "staff_headcount": "How many staff (annual work units) does the enterprise have?",
    "annual_turnover_eur": "What is the enterprise's annual turnover, in euros?",
    "balance_sheet_eur": "What is the enterprise's annual balance sheet total, in euros?",
}
"""The findings under ``nis2`` the scope reads (name -> question)."""


def annex(number: str, point: str) -> Citation:
    """Cite a point of Annex I or II NIS2."""
    return Citation(NIS2.short, f"Annex {number}, point {point}", NIS2.url, NIS2.id)


def recommendation(paragraph: int) -> Citation:
    """Cite Art. 2 of the Annex to Recommendation 2003/361/EC."""
    return Citation(_REC, f"Annex, Art. 2({paragraph})", _REC_URL)


@frozen
class EntityType:
    """One type of entity of Annex I or II, and how its size matters.

    Attributes:
        annex: ``"I"`` (sectors of high criticality) or ``"II"`` (other critical sectors).
        point: The sector's point in the annex.
        label: The type of entity, in the annex's words.
        any_size: The point of Art. 2(2) that brings it in regardless of size, if any.
        essential: How it is essential: ``"always"`` (Art. 3(1)(b), (d)), ``"medium"``
            (Art. 3(1)(c): from medium size), or ``"large"`` (Art. 3(1)(a), Annex I
            entities above the medium-sized ceilings); None for Annex II (important
            unless designated).
    """

    annex: str
    point: str
    label: str
    any_size: str | None = None
    essential: str | None = "large"


def _i(point: str, label: str, **kw: str | None) -> EntityType:
    return EntityType("I", point, label, **kw)


def _ii(point: str, label: str) -> EntityType:
    return EntityType("II", point, label, essential=None)


ENTITY_TYPES: Final = {
    "electricity_undertaking": _i("1(a)", "electricity undertaking"),
    "electricity_system_operator": _i("1(a)", "distribution or transmission system operator"),
    "electricity_producer": _i("1(a)", "producer of electricity"),
    "nemo": _i("1(a)", "nominated electricity market operator"),
    "recharging_point_operator": _i("1(a)", "operator of a recharging point"),
    "district_heating_operator": _i("1(b)", "operator of district heating or cooling"),
    "oil_operator": _i("1(c)", "operator of oil transmission, production, refining or storage"),
    "gas_undertaking": _i("1(d)", "gas supply, distribution, transmission, storage or LNG"),
    "hydrogen_operator": _i("1(e)", "operator of hydrogen production, storage, transmission"),
    "air_transport": _i("2(a)", "air carrier, airport managing body or traffic control"),
    "rail_transport": _i("2(b)", "infrastructure manager or railway undertaking"),
    "water_transport": _i("2(c)", "water transport company, port or VTS operator"),
    "road_transport": _i("2(d)", "road authority or intelligent transport system operator"),
    "credit_institution": _i("3", "credit institution"),
    "trading_venue": _i("4", "operator of a trading venue"),
    "central_counterparty": _i("4", "central counterparty"),
    "healthcare_provider": _i("5", "healthcare provider"),
    "eu_reference_laboratory": _i("5", "EU reference laboratory"),
    "medicinal_research": _i("5", "research and development of medicinal products"),
    "pharmaceutical_manufacturer": _i("5", "manufacturer of basic pharmaceutical products"),
    "critical_medical_devices": _i("5", "manufacturer of medical devices critical in an emergency"),
    "drinking_water": _i("6", "supplier or distributor of water for human consumption"),
    "waste_water": _i("7", "undertaking collecting, disposing of or treating waste water"),
    "internet_exchange_point_provider": _i("8", "internet exchange point provider"),
    "dns_service_provider": _i("8", "DNS service provider", any_size="a)(iii", essential="always"),
    "tld_name_registry": _i("8", "TLD name registry", any_size="a)(iii", essential="always"),
    "cloud_computing_service_provider": _i("8", "cloud computing service provider"),
    "data_centre_service_provider": _i("8", "data centre service provider"),
    "content_delivery_network_provider": _i("8", "content delivery network provider"),
    "qualified_trust_service_provider": _i(
        "8", "qualified trust service provider", any_size="a)(ii", essential="always"
    ),
    "trust_service_provider": _i("8", "non-qualified trust service provider", any_size="a)(ii"),
    "public_electronic_communications": _i(
        "8",
        "provider of public electronic communications networks or services",
        any_size="a)(i",
        essential="medium",
    ),
    "managed_service_provider": _i("9", "managed service provider"),
    "managed_security_service_provider": _i("9", "managed security service provider"),
    "central_public_administration": _i(
        "10", "public administration entity of central government", any_size="f)(i",
        essential="always",
    ),
    "space": _i("11", "operator of ground-based space infrastructure"),
    "postal_courier": _ii("1", "postal or courier service provider"),
    "waste_management": _ii("2", "waste management undertaking"),
    "chemicals": _ii("3", "manufacturer or distributor of chemicals"),
    "food": _ii("4", "food business in wholesale distribution or industrial production"),
    "manufacturing": _ii("5", "manufacturer (medical devices, electronics, machinery, vehicles)"),
    "online_marketplace": _ii("6", "provider of an online marketplace"),
    "online_search_engine": _ii("6", "provider of an online search engine"),
    "social_networking_platform": _ii("6", "provider of a social networking services platform"),
    "research_organisation": _ii("7", "research organisation"),
}  # fmt: skip
"""The entity types of Annexes I and II (``Classification.sector`` values), abridged to one
id per type the Directive treats alike (memory of the annexes: NOT verified)."""


def figure(incident: Incident, fact: str) -> float | None:
    """The number recorded as the value of the finding ``nis2/<fact>`` (None if absent)."""
    found = incident.finding("nis2", fact)
    if found is None or found.value is None:
        return None
    try:
        return float(found.value.replace(",", "").replace("_", ""))
    except ValueError:
        msg = (
            f"findings[nis2/{fact}].value: {found.value!r} is not a number; "
            'record the figure as digits, e.g. "120" or "12500000"'
        )
        raise ValueError(msg) from None


_SIZES: Final[dict[str, tuple[bool | None, bool | None]]] = {
    "micro": (False, False),
    "small": (False, False),
    "medium": (True, False),
    "large": (True, True),
}


def _both(a: float | None, b: float | None, limit_a: float, limit_b: float) -> bool | None:
    """Whether both figures exceed their limits (three-valued)."""
    if (a is not None and a <= limit_a) or (b is not None and b <= limit_b):
        return False
    return None if a is None or b is None else True


def _above(staff: float | None, money: bool | None, staff_limit: int) -> bool | None:
    """Staff at or over the limit, or both money figures over theirs (three-valued)."""
    if (staff is not None and staff >= staff_limit) or money:
        return True
    return None if staff is None or money is None else False


def size_class(
    incident: Incident, classification: Classification
) -> tuple[bool | None, bool | None, tuple[Reason, ...]]:
    """(at least medium-sized, above the medium-sized ceilings), and why."""
    if classification.size is not None:
        medium, large = _SIZES[classification.size]
        text = f"The enterprise is recorded as {classification.size} (source: {classification.source})."
        return (
            medium,
            large,
            (Reason(kind=ReasonKind.FACT, text=text, citations=(recommendation(1),)),),
        )
    staff = figure(incident, "staff_headcount")
    turnover = figure(incident, "annual_turnover_eur")
    balance = figure(incident, "balance_sheet_eur")
    medium = _above(staff, _both(turnover, balance, TURNOVER_MEDIUM_EUR, TURNOVER_MEDIUM_EUR), 50)
    large = _above(staff, _both(turnover, balance, TURNOVER_LARGE_EUR, BALANCE_MEDIUM_EUR), 250)
    figures = ", ".join(
        f"{name} {value:,.0f}"
        for name, value in (
            ("staff", staff),
            ("turnover EUR", turnover),
            ("balance sheet EUR", balance),
        )
        if value is not None
    )
    text = (
        f"Size from the recorded figures ({figures or 'none recorded'}). 50 or more staff, or "
        "turnover and balance sheet both over EUR 10 million, is at least medium-sized; 250 or "
        "more staff, or turnover over EUR 50 million and balance sheet over EUR 43 million, "
        "exceeds the medium-sized ceilings. Assumed: the figures include partner and linked "
        "enterprises (Art. 6 of the Annex)."
    )
    reason = Reason(
        kind=ReasonKind.FACT if figures else ReasonKind.MISSING,
        text=text,
        citations=(recommendation(1), recommendation(2), cite("nis2", 2, 1)),
    )
    return medium, large, (reason,)


_SIZE_FACTS: Final = (
    MissingFact(
        path="$.controller.classifications[nis2].size",
        question="What is the enterprise's size under Recommendation 2003/361/EC (micro, "
        "small, medium, large)? Or record its staff, turnover and balance sheet.",
    ),
    *(finding_fact("nis2", f, FINDINGS[f]) for f in ("staff_headcount", "annual_turnover_eur")),
    finding_fact("nis2", "balance_sheet_eur", FINDINGS["balance_sheet_eur"]),
)


def entity_type(classification: Classification) -> EntityType:
    """The recorded entity type, or a clear error naming the field."""
    found = ENTITY_TYPES.get(classification.sector or "")
    if found is None:
        known = ", ".join(sorted(ENTITY_TYPES))
        msg = (
            f"controller.classifications[nis2].sector: {classification.sector!r} is not an "
            f"entity type of Annex I or II NIS2 known here; with category {BY_FACTS!r} "
            f"record one of: {known}; or record the class itself (category essential, "
            "important or out_of_scope) with its source"
        )
        raise ValueError(msg)
    return found


def _designated(incident: Incident) -> Scope | None:
    found = incident.finding("nis2", "designation")
    if found is None:
        return None
    if found.value not in {"essential", "important"}:
        msg = (
            f"findings[nis2/designation].value: {found.value!r}; record essential or "
            "important, with the designation's source"
        )
        raise ValueError(msg)
    point = "3(1)(e)-(f)" if found.value == "essential" else "3(2)"
    text = (
        f"The member state designated the entity {found.value} "
        f"(source: {found.source or 'not recorded'})."
    )
    cites = (cite("nis2", 2, 2), Citation(NIS2.short, f"Art. {point}", NIS2.url, NIS2.id))
    return Scope(
        category=found.value, reasons=(Reason(kind=ReasonKind.FACT, text=text, citations=cites),)
    )


def _point(kind: EntityType) -> Citation:
    return annex(kind.annex, kind.point)


def _essential_by_size(kind: EntityType, medium: bool | None, large: bool | None) -> bool | None:
    if kind.essential == "always":
        return True
    if kind.essential == "medium":
        return medium
    if kind.essential == "large":
        return large
    return False


def classify(incident: Incident, classification: Classification) -> Scope:
    """Essential, important or out of scope from the entity type, size and designation."""
    kind = entity_type(classification)
    designated = _designated(incident)
    what = Reason(
        kind=ReasonKind.FACT,
        text=f"The organisation is a {kind.label}, a type of entity of Annex {kind.annex} "
        f"(source: {classification.source}).",
        citations=(_point(kind),),
    )
    if designated is not None:
        return Scope(category=designated.category, reasons=(what, *designated.reasons))
    medium, large, why = size_class(incident, classification)
    in_scope: bool | None = True if kind.any_size else medium
    essential = _essential_by_size(kind, medium, large)
    reasons = [what, *why]
    if kind.any_size:
        reasons.append(
            Reason(
                kind=ReasonKind.RULE,
                text="This type of entity is within NIS2 regardless of its size.",
                citations=(cite("nis2", 2, 2, kind.any_size),),
            )
        )
    category = _category(in_scope, essential)
    reasons.append(_verdict(kind, category))
    missing = _SIZE_FACTS if category in {None, EITHER} else ()
    return Scope(category=category, reasons=tuple(reasons), missing_facts=missing)


EITHER: Final = "essential_or_important"
"""In scope, class not told: Art. 23 asks the same reports of both."""


def _category(in_scope: bool | None, essential: bool | None) -> str | None:
    if in_scope is False:
        return "out_of_scope"
    if essential:
        return "essential"
    if in_scope and essential is False:
        return "important"
    return EITHER if in_scope else None


_RULES: Final = {
    "always": "essential regardless of size (Art. 3(1)(b) or (d))",
    "medium": "essential from medium size (Art. 3(1)(c)), important below it (Art. 3(2))",
    "large": "essential above the medium-sized ceilings (Art. 3(1)(a)), important otherwise "
    "(Art. 3(2))",
    None: "important (Art. 3(2)) unless a member state designates it essential",
}


def _verdict(kind: EntityType, category: str | None) -> Reason:
    rule = _RULES[kind.essential]
    if kind.any_size is None:
        rule += "; below medium size, outside NIS2 unless designated (Art. 2(1), (2))"
    outcome = {
        "essential": "it is an essential entity",
        "important": "it is an important entity",
        "out_of_scope": "below medium size and not within Art. 2(2), it is outside NIS2",
        EITHER: "it is within NIS2, essential or important (the figures do not tell which; "
        "Art. 23 asks the same reports of both)",
        None: "its size is not recorded, so its class cannot be told",
    }[category]
    return Reason(
        kind=ReasonKind.FACT if category else ReasonKind.MISSING,
        text=f"An entity of this type is {rule}. Here {outcome}.",
        citations=(cite("nis2", 2, 1), cite("nis2", 3, 1), cite("nis2", 3, 2)),
    )
