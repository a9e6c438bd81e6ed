"""Small attrs validators shared by the model classes.

Each raises a ``ValueError`` (or :class:`~breachmodel.errors.NaiveDatetimeError`) whose
message says what was expected and how to fix it; the serializer turns them into
:class:`~breachmodel.errors.Problem` entries with the field's path.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime, timezone
from typing import Any

import attrs
from babel import Locale

from breachmodel._instants import check_range, check_wall_time
from breachmodel.authorities import get_authority, is_eea
from breachmodel.errors import NaiveDatetimeError, UnknownAuthorityError

__all__ = [
    "ISO_3166_ALPHA2",
    "country_code",
    "fixed_offset",
    "instant",
    "language_code",
    "non_empty",
    "non_negative",
    "optional_authority_id",
    "optional_country_code",
    "optional_fixed_offset",
    "optional_instant",
    "optional_instant_field",
    "optional_non_empty",
    "optional_non_negative",
    "subdivision_code",
    "unique_by",
]

_COUNTRY = re.compile(r"^[A-Z]{2}$")

ISO_3166_ALPHA2: frozenset[str] = frozenset(
    [
        "AD",
        "AE",
        "AF",
        "AG",
        "AI",
        "AL",
        "AM",
        "AO",
        "AQ",
        "AR",
        "AS",
        "AT",
        "AU",
        "AW",
        "AX",
        "AZ",
        "BA",
        "BB",
        "BD",
        "BE",
        "BF",
        "BG",
        "BH",
        "BI",
        "BJ",
        "BL",
        "BM",
        "BN",
        "BO",
        "BQ",
        "BR",
        "BS",
        "BT",
        "BV",
        "BW",
        "BY",
        "BZ",
        "CA",
        "CC",
        "CD",
        "CF",
        "CG",
        "CH",
        "CI",
        "CK",
        "CL",
        "CM",
        "CN",
        "CO",
        "CR",
        "CU",
        "CV",
        "CW",
        "CX",
        "CY",
        "CZ",
        "DE",
        "DJ",
        "DK",
        "DM",
        "DO",
        "DZ",
        "EC",
        "EE",
        "EG",
        "EH",
        "ER",
        "ES",
        "ET",
        "FI",
        "FJ",
        "FK",
        "FM",
        "FO",
        "FR",
        "GA",
        "GB",
        "GD",
        "GE",
        "GF",
        "GG",
        "GH",
        "GI",
        "GL",
        "GM",
        "GN",
        "GP",
        "GQ",
        "GR",
        "GS",
        "GT",
        "GU",
        "GW",
        "GY",
        "HK",
        "HM",
        "HN",
        "HR",
        "HT",
        "HU",
        "ID",
        "IE",
        "IL",
        "IM",
        "IN",
        "IO",
        "IQ",
        "IR",
        "IS",
        "IT",
        "JE",
        "JM",
        "JO",
        "JP",
        "KE",
        "KG",
        "KH",
        "KI",
        "KM",
        "KN",
        "KP",
        "KR",
        "KW",
        "KY",
        "KZ",
        "LA",
        "LB",
        "LC",
        "LI",
        "LK",
        "LR",
        "LS",
        "LT",
        "LU",
        "LV",
        "LY",
        "MA",
        "MC",
        "MD",
        "ME",
        "MF",
        "MG",
        "MH",
        "MK",
        "ML",
        "MM",
        "MN",
        "MO",
        "MP",
        "MQ",
        "MR",
        "MS",
        "MT",
        "MU",
        "MV",
        "MW",
        "MX",
        "MY",
        "MZ",
        "NA",
        "NC",
        "NE",
        "NF",
        "NG",
        "NI",
        "NL",
        "NO",
        "NP",
        "NR",
        "NU",
        "NZ",
        "OM",
        "PA",
        "PE",
        "PF",
        "PG",
        "PH",
        "PK",
        "PL",
        "PM",
        "PN",
        "PR",
        "PS",
        "PT",
        "PW",
        "PY",
        "QA",
        "RE",
        "RO",
        "RS",
        "RU",
        "RW",
        "SA",
        "SB",
        "SC",
        "SD",
        "SE",
        "SG",
        "SH",
        "SI",
        "SJ",
        "SK",
        "SL",
        "SM",
        "SN",
        "SO",
        "SR",
        "SS",
        "ST",
        "SV",
        "SX",
        "SY",
        "SZ",
        "TC",
        "TD",
        "TF",
        "TG",
        "TH",
        "TJ",
        "TK",
        "TL",
        "TM",
        "TN",
        "TO",
        "TR",
        "TT",
        "TV",
        "TW",
        "TZ",
        "UA",
        "UG",
        "UM",
        "US",
        "UY",
        "UZ",
        "VA",
        "VC",
        "VE",
        "VG",
        "VI",
        "VN",
        "VU",
        "WF",
        "WS",
        "YE",
        "YT",
        "ZA",
        "ZM",
        "ZW",
        "EL",
        "UK",
        "XK",
    ]
)
"""Country codes accepted: the 249 officially assigned ISO 3166-1 alpha-2 codes (as listed
in the tz database's ``iso3166.tab``, current as of ISO/TC 46 N1108, 2023-04-05), the EU's
``EL`` (Greece) and ``UK`` (United Kingdom), and ``XK``, the user-assigned code the
European Commission uses for Kosovo."""
_SUBDIVISION = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


def instant(_inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a timezone-aware datetime (an instant)."""
    if not isinstance(value, datetime):
        msg = f"{attribute.name}: expected a timezone-aware datetime, got {type(value).__name__}"
        raise TypeError(msg)
    if value.tzinfo is None or value.utcoffset() is None:
        msg = (
            f"{attribute.name}: naive datetime {value.isoformat()} has no time zone; "
            "give an instant with an offset, e.g. '2024-02-01T09:30:00+01:00', or attach "
            "tzinfo (datetime(..., tzinfo=ZoneInfo('Europe/Paris')))"
        )
        raise NaiveDatetimeError(msg)
    check_range(value, attribute.name)


def fixed_offset(value: datetime) -> datetime:
    """Pin an aware datetime to its UTC offset (a fixed-offset zone), keeping its wall time.

    Python never treats an instant inside a daylight-saving fold as equal to the same
    instant in another zone, and compares same-zone datetimes by wall clock; pinning the
    offset makes equality and order follow the instant. Naive values pass through so the
    validator can refuse them with its message.

    Raises:
        LocalTimeError: If the wall time is skipped or repeated in a named zone (it would
            otherwise be shifted or taken as its first occurrence).
    """
    tz = getattr(value, "tzinfo", None)  # anything else is left for the validator to refuse
    if tz is not None and not isinstance(tz, timezone):
        check_wall_time(value)
        offset = value.utcoffset()
        if offset is not None:
            return value.replace(tzinfo=timezone(offset), fold=0)
    return value


def optional_fixed_offset(value: datetime | None) -> datetime | None:
    """:func:`fixed_offset`, letting None (unknown) through."""
    return None if value is None else fixed_offset(value)


optional_instant = attrs.validators.optional(instant)
"""Require a timezone-aware datetime, or None (unknown)."""


def optional_instant_field() -> Any:
    """An attrs field for an instant that may be unknown.

    None by default, else an aware datetime pinned to its UTC offset
    (:func:`optional_fixed_offset`, :data:`optional_instant`).
    """
    return attrs.field(default=None, converter=optional_fixed_offset, validator=optional_instant)


def non_negative(_inst: Any, attribute: attrs.Attribute[Any], value: float) -> None:
    """Require a number that is zero or more."""
    if value < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {value}"
        raise ValueError(msg)


optional_non_negative = attrs.validators.optional(non_negative)
"""Require a number that is zero or more, or None (unknown)."""


def non_empty(_inst: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    """Require a string with at least one non-space character."""
    if not value.strip():
        msg = f"{attribute.name}: expected a non-empty string"
        raise ValueError(msg)


optional_non_empty = attrs.validators.optional(non_empty)
"""Require a non-empty string, or None."""


def country_code(_inst: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    """Require an ISO 3166-1 alpha-2 code in upper case (e.g. 'FR'), one that is assigned."""
    if not _COUNTRY.match(value):
        msg = (
            f"{attribute.name}: expected an ISO 3166-1 alpha-2 country code in upper case "
            f"such as 'FR' or 'DE', got {value!r}"
        )
        raise ValueError(msg)
    if value not in ISO_3166_ALPHA2:
        msg = (
            f"{attribute.name}: {value!r} is not an assigned ISO 3166-1 alpha-2 country "
            "code; use the country's code such as 'FR' or 'DE'"
        )
        raise ValueError(msg)


optional_country_code = attrs.validators.optional(country_code)
"""Require an ISO 3166-1 alpha-2 code, or None."""


def subdivision_code(_inst: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Require an ISO 3166-2 subdivision code such as 'DE-BY', or None."""
    if value is not None and not _SUBDIVISION.match(value):
        msg = (
            f"{attribute.name}: expected an ISO 3166-2 subdivision code such as 'DE-BY' "
            f"or 'US-CA', got {value!r}"
        )
        raise ValueError(msg)


def unique_by(key: str) -> Any:
    """Build a validator requiring the items of a tuple to differ in ``key``."""

    def _check(_inst: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        seen: set[Any] = set()
        for item in value:
            k = getattr(item, key)
            if k in seen:
                msg = f"{attribute.name}: {key} {k!r} appears more than once; list it once"
                raise ValueError(msg)
            seen.add(k)

    return _check


def optional_authority_id(_inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a known authority id, or None.

    An id starting with an EEA country code (``"fr-cnil"``) must be in the registry of
    supervisory authorities; an id starting with another country's code (``"us-hhs-ocr"``)
    names an authority of another regime and is accepted as written. Anything else is
    refused, with the closest registry ids suggested.
    """
    if value is None:
        return
    prefix, dash, _ = str(value).partition("-")
    if dash and _COUNTRY.match(prefix.upper()) and prefix.islower() and not is_eea(prefix.upper()):
        return
    try:
        get_authority(str(value))
    except UnknownAuthorityError as exc:
        msg = f"{attribute.name}: {exc}"
        raise ValueError(msg) from None


_LANGUAGE = re.compile(r"^[a-z]{2}$")


@functools.cache
def _languages() -> frozenset[str]:
    return frozenset(str(code) for code in Locale("en").languages if _LANGUAGE.match(str(code)))


def is_language_code(value: object) -> bool:
    """Whether ``value`` is an ISO 639-1 language code: two lower-case letters CLDR knows."""
    return isinstance(value, str) and value in _languages()


def language_code(_inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate an ISO 639-1 language code: two lower-case letters CLDR knows."""
    if not is_language_code(value):
        msg = (
            f"{attribute.name}: {value!r} is not an ISO 639-1 language code; use two "
            'lower-case letters such as "en", "fr" or "de"'
        )
        raise ValueError(msg)
