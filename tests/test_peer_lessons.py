"""Mistakes seen in peer tools (peers-lessons section 5) that are not about time, as tests.

The time-related ones are in ``tests/clocks/test_clocks_peers.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import attrs

from breachmodel import assess, load
from breachmodel.determination import Outcome
from breachmodel.model import (
    Availability,
    Confidentiality,
    DataConcerned,
    Effects,
    Establishment,
    Exfiltration,
    Incident,
    Integrity,
    Recipient,
    ResidenceCount,
    SubjectGroup,
    SubjectKind,
)
from breachmodel.model.counts import Count

ROOT = Path(__file__).resolve().parents[1]
BASE = load(ROOT / "examples" / "misdirected-email.json")


def _with_controller(incident: Incident, *establishments: Establishment) -> Incident:
    ctrl = attrs.evolve(incident.controller, establishments=establishments)
    return attrs.evolve(incident, controller=ctrl)


def test_lead_authority_is_never_defaulted_to_one_country_when_unknown() -> None:
    # Peer: "lead SA defaulting to one country when unknown". Two establishments, none
    # marked main: the lead authority cannot be known, and we say so.
    inc = _with_controller(BASE, Establishment(country="FR"), Establishment(country="IE"))
    inc = attrs.evolve(inc, cross_border=None)
    routing = assess(inc).routing
    assert routing.authorities == ()
    assert [m.path for m in routing.missing_facts] == ["$.controller.establishments[].main"]


def test_gdpr_is_not_one_jurisdiction_each_state_authority_is_named() -> None:
    # Peer: "GDPR treated as one jurisdiction with no per-state SA". A controller outside
    # the EEA with people in three Member States notifies three authorities.
    inc = _with_controller(BASE, Establishment(country="US", subdivision="US-NY", main=True))
    people = SubjectGroup(
        kind=SubjectKind.CUSTOMERS,
        count=Count.exact(30),
        includes_children=False,
        by_country=tuple(
            ResidenceCount(country=c, count=Count.exact(10)) for c in ("IT", "NL", "PL")
        ),
    )
    inc = attrs.evolve(inc, subjects=(people,))
    notify = assess(inc)["gdpr.art33.notify_authority"]
    assert notify.recipients == ("it-garante", "nl-ap", "pl-uodo")


def test_breach_types_and_categories_are_multi_select() -> None:
    # Peer: "multi-select facts (C/I/A, several data types) modelled as single choices".
    inc = attrs.evolve(
        BASE,
        effects=Effects(
            confidentiality=Confidentiality(
                exfiltration=Exfiltration.CONFIRMED,
                recipients=frozenset({Recipient.UNKNOWN_THIRD_PARTY, Recipient.PUBLIC}),
            ),
            integrity=Integrity(altered=True, reversible=True, misuse_possible=False),
            availability=Availability(
                permanent=False, duration_hours=10, restored_from_backup=True
            ),
        ),
        data=(DataConcerned(category="identity"), DataConcerned(category="health")),
    )
    result = assess(inc)
    content = result["gdpr.art33.notification_content"]
    nature = next(i for i in content.checklist if i.id == "art33.3.a.nature")
    assert nature.value == "confidentiality, integrity, availability"
    categories = next(i for i in content.checklist if i.id == "art33.3.a.record_categories")
    assert categories.value == "identity, health"


def test_special_categories_are_a_strong_signal_with_a_visible_trace() -> None:
    # Peers disagree on whether Art. 9 data implies high risk; ours is a cited presumption
    # in the trace (EDPB 9/2022 para. 102), which the assessor can see and override.
    inc = attrs.evolve(BASE, data=(DataConcerned(category="health"),))
    risk = assess(inc).risk
    texts = [r.text for r in risk.reasons if any(c.pinpoint == "para. 102" for c in r.citations)]
    assert texts
    assert "Art. 9 or Art. 10 data was concerned (health)" in texts[0]


def test_unknown_is_never_a_silent_no() -> None:
    # Peer tools return "no" when a fact is missing; we return undetermined with the fact.
    inc = attrs.evolve(BASE, personal_data=None)
    result = assess(inc, as_of=datetime(2024, 6, 1, tzinfo=UTC))
    notify = result["gdpr.art33.notify_authority"]
    assert notify.outcome is Outcome.UNDETERMINED
    assert [m.path for m in notify.missing_facts] == ["$.personal_data"]
    assert result["gdpr.art34.communicate_subjects"].outcome is Outcome.UNDETERMINED


def test_the_notification_deadline_is_not_computed_from_when_it_is_asked() -> None:
    # Peer: deadline computed from the moment the tool is called. The same incident,
    # assessed "as of" two different instants, has the same due instant.
    a = assess(BASE, as_of=datetime(2024, 5, 15, tzinfo=UTC))
    b = assess(BASE, as_of=datetime(2025, 1, 1, tzinfo=UTC))
    due_a = a["gdpr.art33.notify_authority"].deadline.due
    assert due_a == b["gdpr.art33.notify_authority"].deadline.due
    assert due_a == datetime(2024, 5, 17, 8, 40, tzinfo=UTC)
