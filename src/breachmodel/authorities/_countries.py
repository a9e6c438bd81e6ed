"""EEA membership and country-code normalisation (ISO 3166-1 alpha-2, plus EU aliases)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from types import MappingProxyType

from breachmodel.citations import Citation
from breachmodel.errors import UnknownAuthorityError

__all__ = [
    "COUNTRY_ALIASES",
    "EEA_COUNTRIES",
    "FORMER_GDPR_TERRITORY",
    "IP_COMPLETION_DAY",
    "WITHDRAWAL_AGREEMENT_TRANSITION",
    "former_territory_at",
    "is_eea",
    "left_gdpr_at",
    "normalize_country",
]

EEA_COUNTRIES: frozenset[str] = frozenset(
    {
        # The 27 EU Member States.
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
        # The EEA EFTA States, where the GDPR applies through the EEA Agreement.
        "IS", "LI", "NO",
    }
)  # fmt: skip
"""The 30 EEA countries as ISO 3166-1 alpha-2 codes (Greece is ``"GR"``)."""

COUNTRY_ALIASES: Mapping[str, str] = MappingProxyType({"EL": "GR", "UK": "GB"})
"""EU-usage codes accepted for their ISO 3166-1 equivalents.

The EU's interinstitutional style guide writes Greece as ``"EL"`` and the United Kingdom as
``"UK"``; ISO 3166-1 uses ``"GR"`` and ``"GB"``. Both are accepted as input; ISO codes are
returned. (The United Kingdom left the EEA: ``"UK"`` normalises to ``"GB"``, which is not in
:data:`EEA_COUNTRIES`; it was within the GDPR's territory until
:data:`IP_COMPLETION_DAY`, see :data:`FORMER_GDPR_TERRITORY`.)
"""

IP_COMPLETION_DAY = datetime(2020, 12, 31, 23, 0, tzinfo=UTC)
"""31 December 2020 at 11.00 p.m. (UK time, then GMT): the end of the transition period.

The United Kingdom was an EU Member State until 31 January 2020; from 1 February 2020 to the
end of the transition period, Union law, the GDPR included, continued to apply to and in the
United Kingdom (Withdrawal Agreement, Arts. 126-127). From this instant the GDPR no longer
applies there and the UK GDPR does. Sources: the end of the transition period on
31 December 2020 and the rule that EU law applied to the UK during it, from the House of
Lords European Union Committee's reports on the Withdrawal Agreement (secondary source; the
Agreement's own text was not read); the time of day, from the European Union (Withdrawal
Agreement) Act 2020, s. 39(1) (memory, not verified); the ICO's transition-period FAQ (read)
confirms the end date.
"""

FORMER_GDPR_TERRITORY: Mapping[str, datetime] = MappingProxyType({"GB": IP_COMPLETION_DAY})
"""Countries outside the EEA today that were within the GDPR's territory, with the instant
the GDPR stopped applying there: the United Kingdom, until :data:`IP_COMPLETION_DAY`."""

WITHDRAWAL_AGREEMENT_TRANSITION = Citation("Withdrawal Agreement", "Arts. 126-127")
"""The Agreement on the withdrawal of the United Kingdom from the EU (OJ C 384 I, 12.11.2019):
the transition period, during which Union law applied to and in the United Kingdom."""

_ALPHA2 = re.compile(r"^[A-Z]{2}$")


def left_gdpr_at(country: str) -> datetime | None:
    """The instant the GDPR stopped applying in a former part of its territory, else None.

    >>> left_gdpr_at("UK") == IP_COMPLETION_DAY, left_gdpr_at("FR")
    (True, None)
    """
    return FORMER_GDPR_TERRITORY.get(COUNTRY_ALIASES.get(country, country))


def is_eea(country: str, on: datetime | None = None) -> bool:
    """Tell whether ``country`` is within the GDPR's territory (the EEA), today or ``on`` a date.

    Args:
        country: Uppercase ISO 3166-1 alpha-2 code, or an alias from :data:`COUNTRY_ALIASES`.
        on: The instant to answer for (aware). None: today's membership. Before
            :data:`IP_COMPLETION_DAY` the United Kingdom counts as within the territory (a
            Member State, then the transition period).

    Returns:
        ``True`` for the 30 EEA countries, and for a country of
        :data:`FORMER_GDPR_TERRITORY` before it left; ``False`` for anything else,
        including malformed or lowercase codes (use :func:`normalize_country` to get an
        explanation instead).

    >>> is_eea("FR"), is_eea("EL"), is_eea("NO"), is_eea("CH"), is_eea("UK")
    (True, True, True, False, False)
    >>> is_eea("GB", on=datetime(2018, 9, 6, tzinfo=UTC))
    True
    >>> is_eea("GB", on=IP_COMPLETION_DAY)
    False
    """
    if COUNTRY_ALIASES.get(country, country) in EEA_COUNTRIES:
        return True
    until = left_gdpr_at(country)
    return on is not None and until is not None and on < until


def former_territory_at(on: datetime | None) -> frozenset[str]:
    """The countries of :data:`FORMER_GDPR_TERRITORY` still within the GDPR's territory ``on``.

    What a date changes in :func:`is_eea`, and nothing more: results that read an incident's
    date only through :func:`is_eea` are the same for dates with the same answer here.

    >>> sorted(former_territory_at(datetime(2019, 1, 1, tzinfo=UTC))), former_territory_at(None)
    (['GB'], frozenset())
    """
    return frozenset(c for c in FORMER_GDPR_TERRITORY if is_eea(c, on))


def normalize_country(country: str, on: datetime | None = None) -> str:
    """Validate an EEA country code and return its ISO 3166-1 alpha-2 form.

    Args:
        country: Uppercase ISO 3166-1 alpha-2 code, or an alias from :data:`COUNTRY_ALIASES`.
        on: The instant the GDPR's territory is taken at (see :func:`is_eea`); None: today.

    Returns:
        The ISO code, e.g. ``"GR"`` for ``"EL"``.

    Raises:
        UnknownAuthorityError: If the code is malformed or names a country outside the EEA,
            which has no GDPR supervisory authority in the registry.

    >>> normalize_country("EL")
    'GR'
    """
    if not _ALPHA2.match(country):
        hint = ""
        if _ALPHA2.match(country.strip().upper()):
            hint = f"; did you mean {country.strip().upper()!r}?"
        msg = (
            f"country: expected an uppercase ISO 3166-1 alpha-2 code such as 'FR' "
            f"(or the EU alias 'EL' for Greece), got {country!r}{hint}"
        )
        raise UnknownAuthorityError(msg)
    iso = COUNTRY_ALIASES.get(country, country)
    if not is_eea(iso, on):
        alias = f" ({country!r} is the EU alias of {iso!r})" if iso != country else ""
        until = left_gdpr_at(iso)
        left = (
            f" (it was within the GDPR's territory until {until.isoformat()}: pass on= a "
            "date before that for an incident of that time)"
            if until is not None
            else ""
        )
        msg = (
            f"country {iso!r}{alias} is not an EEA country code{left}, so it has no GDPR "
            f"supervisory authority in the registry; EEA countries are "
            f"{', '.join(sorted(EEA_COUNTRIES))}"
        )
        raise UnknownAuthorityError(msg)
    return iso
