"""EEA membership and country-code normalisation (ISO 3166-1 alpha-2, plus EU aliases)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from breachmodel.errors import UnknownAuthorityError

__all__ = ["COUNTRY_ALIASES", "EEA_COUNTRIES", "is_eea", "normalize_country"]

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
:data:`EEA_COUNTRIES`.)
"""

_ALPHA2 = re.compile(r"^[A-Z]{2}$")


def is_eea(country: str) -> bool:
    """Tell whether ``country`` is an EEA country (EU Member State, Iceland, Liechtenstein, Norway).

    Args:
        country: Uppercase ISO 3166-1 alpha-2 code, or an alias from :data:`COUNTRY_ALIASES`.

    Returns:
        ``True`` for the 30 EEA countries; ``False`` for anything else, including malformed
        or lowercase codes (use :func:`normalize_country` to get an explanation instead).

    >>> is_eea("FR"), is_eea("EL"), is_eea("NO"), is_eea("CH"), is_eea("UK")
    (True, True, True, False, False)
    """
    return COUNTRY_ALIASES.get(country, country) in EEA_COUNTRIES


def normalize_country(country: str) -> str:
    """Validate an EEA country code and return its ISO 3166-1 alpha-2 form.

    Args:
        country: Uppercase ISO 3166-1 alpha-2 code, or an alias from :data:`COUNTRY_ALIASES`.

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
    if iso not in EEA_COUNTRIES:
        alias = f" ({country!r} is the EU alias of {iso!r})" if iso != country else ""
        msg = (
            f"country {iso!r}{alias} is not an EEA country code, so it has no GDPR "
            f"supervisory authority in the registry; EEA countries are "
            f"{', '.join(sorted(EEA_COUNTRIES))}"
        )
        raise UnknownAuthorityError(msg)
    return iso
