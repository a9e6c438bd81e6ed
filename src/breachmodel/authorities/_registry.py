"""Loading the packaged registry lazily, and looking authorities up by id or country."""

from __future__ import annotations

import difflib
import functools
import json
from collections.abc import Mapping
from datetime import datetime
from importlib import resources
from types import MappingProxyType

from attrs import frozen

from breachmodel.authorities._countries import FORMER_GDPR_TERRITORY, normalize_country
from breachmodel.authorities._model import Authority
from breachmodel.errors import BreachModelError, UnknownAuthorityError

__all__ = ["all_authorities", "authorities_in", "get_authority", "recipients"]

_PACKAGE = "breachmodel.authorities"
_DATA_FILE = ("data", "authorities.json")
_FIELDS = frozenset(
    {
        "id", "name", "name_en", "acronym", "country", "subdivision", "sectors", "timezone",
        "url", "languages", "breach_form_url",
    }
)  # fmt: skip
_OPTIONAL_FIELDS = frozenset({"regimes", "source", "verified"})
_GDPR = "gdpr"


@frozen
class _Registry:
    authorities: tuple[Authority, ...]
    by_id: Mapping[str, Authority]
    by_country: Mapping[str, tuple[Authority, ...]]


def _parse(raw: object) -> tuple[Authority, ...]:
    if not isinstance(raw, list):
        msg = "authorities.json: expected a list of authority objects at the top level"
        raise BreachModelError(msg)
    records: list[Authority] = []
    for index, item in enumerate(raw):
        where = f"authorities.json @ $[{index}]"
        if not isinstance(item, dict) or not _FIELDS <= set(item) <= _FIELDS | _OPTIONAL_FIELDS:
            msg = (
                f"{where}: expected an object with the fields {sorted(_FIELDS)} and "
                f"optionally {sorted(_OPTIONAL_FIELDS)}"
            )
            raise BreachModelError(msg)
        try:
            records.append(Authority(**{str(k): v for k, v in item.items()}))
        except (TypeError, ValueError) as exc:
            msg = f"{where}: {exc}"
            raise BreachModelError(msg) from exc
    ids = [record.id for record in records]
    if ids != sorted(set(ids)):
        msg = "authorities.json: ids must be unique and sorted"
        raise BreachModelError(msg)
    return tuple(records)


@functools.cache
def _registry() -> _Registry:
    """Read and index the packaged JSON, once per process, on first use."""
    text = resources.files(_PACKAGE).joinpath(*_DATA_FILE).read_text(encoding="utf-8")
    authorities = _parse(json.loads(text))
    by_country: dict[str, list[Authority]] = {}
    for authority in authorities:
        # A former part of the GDPR's territory keeps its authority for incidents of the
        # time it was within it (normalize_country decides by date).
        if authority.receives(_GDPR) or authority.country in FORMER_GDPR_TERRITORY:
            by_country.setdefault(authority.country, []).append(authority)
    return _Registry(
        authorities,
        MappingProxyType({a.id: a for a in authorities}),
        MappingProxyType({c: tuple(group) for c, group in by_country.items()}),
    )


def all_authorities(regime: str | None = _GDPR) -> tuple[Authority, ...]:
    """Return the authorities in the registry that receive ``regime``'s notifications.

    The packaged ``authorities.json`` is read on the first call (not at import) and cached
    for the life of the process.

    Args:
        regime: A regime id; by default the GDPR's supervisory authorities. ``None``
            returns every record, whatever the regime.

    Returns:
        The records, sorted by :attr:`Authority.id`.

    >>> len(all_authorities()) >= 30
    True
    """
    everything = _registry().authorities
    if regime is None:
        return everything
    return tuple(a for a in everything if a.receives(regime))


def recipients(regime: str, country: str | None = None) -> tuple[Authority, ...]:
    """Return the registry's recipients of ``regime``'s notifications, sorted by id.

    Args:
        regime: A regime id (``"gdpr"``, ``"nis2"``...).
        country: An ISO 3166-1 alpha-2 code to keep only that country's recipients.

    Returns:
        The matching records; empty when the registry lists none.

    >>> [a.id for a in recipients("gdpr", "IE")]
    ['ie-dpc']
    """
    found = all_authorities(regime)
    return found if country is None else tuple(a for a in found if a.country == country)


def get_authority(authority_id: str) -> Authority:
    """Return the authority with the given stable id.

    Args:
        authority_id: An :attr:`Authority.id` such as ``"fr-cnil"``.

    Returns:
        The matching record.

    Raises:
        UnknownAuthorityError: If no record has that id; the message suggests close matches.

    >>> str(get_authority("ie-dpc"))
    'DPC (IE)'
    """
    registry = _registry()
    try:
        return registry.by_id[authority_id]
    except KeyError:
        pass
    needle = str(authority_id).strip().lower()
    close = difflib.get_close_matches(needle, registry.by_id, n=3, cutoff=0.6)
    close += [
        a.id
        for a in registry.authorities
        if a.id not in close and needle and needle in {a.id.rsplit("-", 1)[-1], a.id}
    ]
    hint = (
        f"; did you mean {', '.join(repr(c) for c in close)}?"
        if close
        else "; see all_authorities() for the valid ids"
    )
    msg = f"no authority in the registry has the id {authority_id!r}{hint}"
    raise UnknownAuthorityError(msg)


def authorities_in(country: str, on: datetime | None = None) -> tuple[Authority, ...]:
    """Return every authority of one EEA country, national and regional, sorted by id.

    Args:
        country: Uppercase ISO 3166-1 alpha-2 code, or ``"EL"`` for Greece.
        on: The instant the GDPR's territory is taken at; before the end of 2020 the
            United Kingdom's ICO is returned for ``"GB"`` (see :func:`is_eea`).

    Returns:
        The country's authorities (one for most countries; 18 for Germany).

    Raises:
        UnknownAuthorityError: If the code is malformed or outside the EEA.

    >>> [a.id for a in authorities_in("EL")]
    ['gr-hdpa']
    """
    iso = normalize_country(country, on)
    return _registry().by_country.get(iso, ())
