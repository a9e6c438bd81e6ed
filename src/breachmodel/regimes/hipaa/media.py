"""Notice to the media (45 CFR 164.406): more than 500 residents of a State or jurisdiction.

The count is per State: ``Incident.residents_in("US-TX")`` reads the subject groups'
``by_subdivision`` counts (ISO 3166-2). Each State with more than 500 affected residents gets
its own determination, keyed ``hipaa/public_notice/media_us_tx``, addressed to the prominent
media outlets serving that State. Where no State breakdown is recorded, one determination
(``media``) says whether one is needed: not when 500 or fewer people live in the US (or are
affected at all), undetermined otherwise.
"""

from __future__ import annotations

from typing import Final

from breachmodel.determination import Determination, MissingFact, Outcome, Reason, ReasonKind
from breachmodel.model import Count, Incident
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes import _national
from breachmodel.regimes._national import above
from breachmodel.regimes.hipaa import clocks
from breachmodel.regimes.hipaa._law import MEDIA_MORE_THAN, REGIME_ID, cfr
from breachmodel.regimes.hipaa.breach import BreachTest

__all__ = ["MEDIA", "media", "media_id", "states"]

MEDIA: Final = "hipaa.s164_406.media"
"""The determination id when no State breakdown decides (else ``<MEDIA>_us_tx`` per State)."""

_BASIS: Final = (cfr("164.406", "(a)"), cfr("164.406", "(b)"), cfr("164.406", "(c)"))
_MISSING: Final = MissingFact(
    path="$.subjects[*].by_subdivision",
    question="How many affected individuals live in each State or jurisdiction (ISO 3166-2, e.g. US-TX)?",
)


def media_id(subdivision: str | None) -> str:
    """The recipient for a State's media (``media_us_tx``), or ``media`` for none."""
    return "media" if subdivision is None else f"media_{subdivision.lower().replace('-', '_')}"


def states(incident: Incident) -> tuple[str, ...]:
    """The US States and jurisdictions some group counts people in, sorted."""
    return tuple(
        sorted(
            {
                s.subdivision
                for g in incident.subjects
                for s in g.by_subdivision
                if s.country == "US"
            }
        )
    )


def _entry(subdivision: str | None) -> tuple[str, _national.Entry]:
    recipient = media_id(subdivision)
    det_id = MEDIA if subdivision is None else f"{MEDIA}_{recipient.removeprefix('media_')}"
    where = "each State with more than 500 residents" if subdivision is None else subdivision
    entry = _national.Entry(
        key=ObligationKey(REGIME_ID, Duty.PUBLIC_NOTICE, recipient),
        title=f"Notify prominent media outlets serving {where} (HIPAA)",
        basis=_BASIS,
    )
    return det_id, entry


def _one(
    incident: Incident,
    found: BreachTest,
    start: clocks.Discovery,
    subdivision: str | None,
    count: Count,
    *,
    in_all: bool = False,
) -> Determination:
    det_id, entry = _entry(subdivision)
    many = above(count, MEDIA_MORE_THAN, inclusive=False)
    place = "the United States" if subdivision is None else subdivision
    outcome = Outcome.NOT_REQUIRED if many is False else Outcome.UNDETERMINED
    missing: tuple[MissingFact, ...] = ()
    if many is True:
        text = f"{count.describe()} affected individuals live in {place}: more than 500, so prominent media outlets serving it are notified, within 60 days of discovery, with the content of § 164.404(c)."
        outcome = {True: Outcome.REQUIRED, False: Outcome.NOT_REQUIRED, None: Outcome.UNDETERMINED}[
            found.breach
        ]
        missing = found.missing_facts
    elif in_all:
        text = f"{count.describe()} individuals are affected in all: no State or jurisdiction can have more than 500 of them, so no media notice is owed."
    elif many is False:
        text = f"{count.describe()} affected individuals live in {place}: not more than 500, so no media notice is owed there."
    else:
        text = f"Whether more than 500 affected individuals live in any one State is not known ({count.describe()} in {place})."
        missing = (_MISSING,)
    kind = ReasonKind.MISSING if many is None else ReasonKind.FACT
    until, delay, _ = clocks.held_until(incident)
    return _national.decide(
        {det_id: entry},
        det_id=det_id,
        outcome=outcome,
        reasons=(Reason(kind=kind, text=text, citations=_BASIS[:1]), *found.reasons, *delay),
        incident=incident,
        deadline=clocks.sixty_days(det_id, entry.title, start.at, until),
        missing=missing,
        recipients=(entry.key.recipient,),
        assumptions=start.assumed,
    )


def media(
    incident: Incident, found: BreachTest, start: clocks.Discovery
) -> tuple[Determination, ...]:
    """Section 164.406: one determination per State with more than 500 residents (or one)."""
    counted = states(incident)
    if counted:
        per_state = [(s, incident.residents_in(s)) for s in counted]
        owed = [
            (s, c) for s, c in per_state if above(c, MEDIA_MORE_THAN, inclusive=False) is not False
        ]
        if owed:
            return tuple(_one(incident, found, start, s, c) for s, c in owed)
        return (_one(incident, found, start, None, Count.total(c for _, c in per_state)),)
    in_us, everyone = incident.residents_in("US"), incident.total_subjects
    few = above(everyone, MEDIA_MORE_THAN, inclusive=False) is False
    if above(in_us, MEDIA_MORE_THAN, inclusive=False) is None and few:
        return (_one(incident, found, start, None, everyone, in_all=True),)
    return (_one(incident, found, start, None, in_us),)
