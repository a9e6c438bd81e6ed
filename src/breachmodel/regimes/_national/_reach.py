"""Where the people live and where the organisation is: the reach of a national law.

Laws outside the EU reach an incident through the people counted as living in their
country (``subjects[*].by_country``) or through the organisation's establishment there.
These helpers read both, for any country (``Incident.residents_in`` counts the people), and
never guess a count that is not recorded. A law's own questions are read from
``Incident.findings`` under its id.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from attrs import frozen

from breachmodel import law
from breachmodel.citations import Citation
from breachmodel.determination import MissingFact, Reason, ReasonKind
from breachmodel.model import Count, Incident
from breachmodel.model.incident import residents_of
from breachmodel.regimes._base import Applicability, Reach

__all__ = [
    "LINK_INPUTS",
    "TERRITORY_INPUTS",
    "Territory",
    "above",
    "answer",
    "applicable",
    "cite_in",
    "counted_in",
    "established_in",
    "finding_path",
    "not_applicable",
    "reach",
    "reach_reason",
    "residents",
    "started",
    "territory",
    "undetermined",
    "unlinked",
    "untouched",
]


def cite_in(instrument: str, pinpoint: str, section: str | None = None) -> Citation:
    """Cite ``pinpoint`` in an instrument of the law table, linking to ``section`` if given."""
    found = law.get(instrument)
    url = found.url if section is None else found.article_link(section)
    return Citation(found.short, pinpoint, url, found.id)


def finding_path(regime: str, fact: str) -> str:
    """Where a finding goes in the incident file, for missing-fact questions."""
    return f"$.findings[{regime}.{fact}]"


def answer(incident: Incident, regime: str, fact: str) -> bool | None:
    """The yes/no answer recorded for a finding (None if not recorded)."""
    found = incident.finding(regime, fact)
    return None if found is None else found.answer


def residents(incident: Incident, country: str) -> Count:
    """How many people concerned live in ``country`` (ISO 3166-1), as far as the counts say."""
    return incident.residents_in(country)


def counted_in(incident: Incident, country: str) -> bool:
    """Whether any group records people living in ``country`` (``Incident.subject_countries``)."""
    return country in incident.subject_countries


def established_in(incident: Incident, country: str) -> bool:
    """Whether the controller has an establishment in ``country``."""
    return any(e.country == country for e in incident.controller.establishments)


def above(count: Count, threshold: int, *, inclusive: bool) -> bool | None:
    """Whether a count is above a threshold (``>=`` when ``inclusive``, else ``>``).

    None when the count's range straddles the threshold or is unknown.

    >>> above(Count.exact(1001), 1000, inclusive=False), above(Count.exact(1000), 1000, inclusive=False)
    (True, False)
    >>> above(Count.between(900, 1200), 1000, inclusive=True) is None
    True
    """
    low, high = count.lower_bound, count.upper_bound
    bar = threshold if inclusive else threshold + 1
    if low is not None and low >= bar:
        return True
    if high is not None and high < bar:
        return False
    return None


def started(incident: Incident) -> date | None:
    """The incident's date for picking the law in force: awareness, detection, occurrence."""
    tl = incident.timeline
    when = tl.controller_aware_at or tl.detected_at or tl.occurred.earliest
    return None if when is None else when.date()


def reach(regime: str, outcome: Reach, text: str, citations: tuple[Citation, ...]) -> Applicability:
    """An applicability with its one reason (a fact when applicable, else the rule)."""
    kind = ReasonKind.FACT if outcome is Reach.APPLICABLE else ReasonKind.RULE
    reason = Reason(kind=kind, text=text, citations=citations)
    return Applicability(regime=regime, reach=outcome, reasons=(reason,))


LINK_INPUTS: Final = frozenset({"controller.establishments", "subject_countries"})
"""What :func:`unlinked` reads: a regime's ``prefilter_inputs`` when it is its pre-filter."""


def unlinked(
    incident: Incident, regime: str, country: str, citations: tuple[Citation, ...]
) -> Applicability | None:
    """Not applicable when nothing links the incident to ``country``; else None.

    The pre-filter of a national law: no establishment there and nobody counted as living
    there (``docs/regimes.md``, "Keeping applicability cheap").
    """
    if counted_in(incident, country) or established_in(incident, country):
        return None
    name = _NAMES.get(country, country)
    text = f"No establishment in {name} and no one counted as living in {name}."
    return reach(regime, Reach.NOT_APPLICABLE, text, citations)


_NAMES: Final = {"JP": "Japan", "KR": "Korea", "IN": "India"}


@frozen(kw_only=True)
class Territory:
    """The country a national law protects, as a regime reads it.

    Attributes:
        regime: The regime's id.
        country: ISO 3166-1 alpha-2 code.
        name: The country's English name.
        law: The law's name in a sentence (``"the LGPD"``).
        citation: The provision on territorial scope.
    """

    regime: str
    country: str
    name: str
    law: str
    citation: Citation


def _applies(
    t: Territory, outcome: Reach, text: str, missing: tuple[MissingFact, ...] = ()
) -> Applicability:
    kind = ReasonKind.MISSING if missing else ReasonKind.FACT
    reason = Reason(kind=kind, text=text, citations=(t.citation,))
    return Applicability(regime=t.regime, reach=outcome, reasons=(reason,), missing_facts=missing)


TERRITORY_INPUTS: Final = frozenset({"controller.establishments", "residence"})
"""What :func:`territory` reads: the ``prefilter_inputs`` of a regime whose pre-filter is
:func:`untouched`."""


def untouched(incident: Incident, t: Territory) -> Applicability | None:
    """The territorial test's not-applicable answer, or None: a national law's pre-filter."""
    return territory(incident, t)[0]


def territory(incident: Incident, t: Territory) -> tuple[Applicability | None, Count, bool]:
    """The quick territorial test: (a not-applicable result or None, residents, established).

    Not applicable, at once, where no one concerned is counted as living in the country
    and the organisation records no establishment there. Reads only
    :data:`TERRITORY_INPUTS`.
    """
    count = residents_of(incident.residence, t.country)
    established = established_in(incident, t.country)
    if above(count, 0, inclusive=False) or established:
        return None, count, established
    if count.known:
        text = f"No one concerned lives in {t.name} and the organisation is not established there."
    else:
        text = (
            f"No one concerned is counted as living in {t.name} and the organisation records no "
            f"establishment there, so {t.law} is not assessed; record the people's countries "
            "of residence (by_country) to assess it."
        )
    return _applies(t, Reach.NOT_APPLICABLE, text), count, established


def reach_reason(t: Territory, count: Count, established: bool) -> str:
    """Why the territorial test is met, in words."""
    parts = []
    if above(count, 0, inclusive=False):
        parts.append(f"{count.describe()} of the people concerned live in {t.name}")
    if established:
        parts.append(f"the organisation is established in {t.name}")
    text = " and ".join(parts)
    return text[:1].upper() + text[1:] + "."


def applicable(t: Territory, text: str) -> Applicability:
    """An applicable result with one reason."""
    return _applies(t, Reach.APPLICABLE, text)


def undetermined(t: Territory, text: str, missing: tuple[MissingFact, ...]) -> Applicability:
    """An undetermined result, with the facts needed."""
    return _applies(t, Reach.UNDETERMINED, text, missing)


def not_applicable(t: Territory, text: str) -> Applicability:
    """A not-applicable result with one reason."""
    return _applies(t, Reach.NOT_APPLICABLE, text)
