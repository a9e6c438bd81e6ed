"""Law as data: instruments, their official identifiers and URLs, and dated versions.

Every law and guidance document breachmodel cites is an :class:`Instrument`: its short
name, its official identifier (CELEX for EU law, the legislation.gov.uk id for UK law),
its official URL, and its :class:`Version` s with the date each applies from. A proposal
(such as the Digital Omnibus) is a version that applies only when a user opts in, the way
OpenFisca picks a formula by date.

>>> from datetime import date
>>> GDPR.identifier, GDPR.url
('32016R0679', 'https://eur-lex.europa.eu/eli/reg/2016/679/oj')
>>> get("uk-gdpr").article_link(33)
'https://www.legislation.gov.uk/eur/2016/679/article/33'
>>> GDPR.in_force(date(2017, 12, 31)) is None
True

This package is regime-neutral and imports nothing above it.
"""

from __future__ import annotations

from breachmodel.law import _instruments, _table
from breachmodel.law._instruments import *  # noqa: F403 - re-exported as its __all__
from breachmodel.law._table import *  # noqa: F403 - re-exported as its __all__

__all__ = ["by_short", "get", "ids"]
__all__ += _instruments.__all__
__all__ += _table.__all__

_BY_ID = {i.id: i for i in _table.INSTRUMENTS}
_BY_SHORT = {i.short: i for i in _table.INSTRUMENTS}


def get(instrument_id: str) -> _instruments.Instrument:
    """The instrument with this id, e.g. ``get("gdpr")``.

    Raises:
        UnknownInstrumentError: If no instrument has that id (the message lists them).
    """
    try:
        return _BY_ID[instrument_id]
    except KeyError:
        msg = f"no instrument {instrument_id!r}; known instruments: {', '.join(_BY_ID)}"
        raise _instruments.UnknownInstrumentError(msg) from None


def by_short(short: str) -> _instruments.Instrument | None:
    """The instrument a citation's short name stands for, e.g. ``"GDPR"``; None if none."""
    return _BY_SHORT.get(short)


def ids() -> tuple[str, ...]:
    """Every instrument id, in table order."""
    return tuple(_BY_ID)
