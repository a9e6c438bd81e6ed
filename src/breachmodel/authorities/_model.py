"""Value types of the authority registry: :class:`Sector`, :class:`Authority`, :class:`AuthorityLookup`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from zoneinfo import ZoneInfo

from attrs import field, frozen

from breachmodel.citations import Citation, gdpr

__all__ = ["Authority", "AuthorityLookup", "Sector"]

_ID = re.compile(r"^[a-z]{2}(-[a-z0-9]+)+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_SUBDIVISION = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")


class Sector(StrEnum):
    """Which processing an authority supervises.

    The values are the wire format used in ``authorities.json``: new values may be added,
    existing ones are never renamed.
    """

    PRIVATE = "private"
    """Processing by private bodies (the general competence of Art. 55(1) GDPR)."""

    PUBLIC = "public"
    """Processing by public authorities and bodies, and under Art. 6(1)(c)/(e) (Art. 55(2))."""

    TELECOM = "telecom"
    """Telecommunications providers. In Germany these are supervised by the federal BfDI."""

    POSTAL = "postal"
    """Postal service providers. In Germany these are supervised by the federal BfDI."""


def _check_id(_: object, attribute: object, value: str) -> None:
    if not _ID.match(value):
        msg = f"id: expected a lowercase slug such as 'fr-cnil' or 'de-by-baylda', got {value!r}"
        raise ValueError(msg)


def _check_country(_: object, attribute: object, value: str) -> None:
    if not _COUNTRY.match(value):
        msg = f"country: expected an uppercase ISO 3166-1 alpha-2 code such as 'FR', got {value!r}"
        raise ValueError(msg)


def _check_subdivision(instance: Authority, attribute: object, value: str | None) -> None:
    if value is None:
        return
    if not _SUBDIVISION.match(value) or not value.startswith(f"{instance.country}-"):
        msg = (
            f"subdivision: expected an ISO 3166-2 code of {instance.country} such as "
            f"'{instance.country}-XX', got {value!r}"
        )
        raise ValueError(msg)


def _check_sectors(_: object, attribute: object, value: tuple[Sector, ...]) -> None:
    if not value:
        msg = "sectors: expected at least one sector, got none"
        raise ValueError(msg)


def _check_url(_: object, attribute: object, value: str) -> None:
    if not value.startswith("https://"):
        msg = f"url: expected an https:// URL, got {value!r}"
        raise ValueError(msg)


def _check_optional_url(instance: object, attribute: object, value: str | None) -> None:
    if value is not None:
        _check_url(instance, attribute, value)


def _check_languages(_: object, attribute: object, value: tuple[str, ...]) -> None:
    bad = [code for code in value if not _LANGUAGE.match(code)]
    if not value or bad:
        msg = f"languages: expected ISO 639-1 codes such as ('fr',), got {value!r}"
        raise ValueError(msg)


def _to_sectors(value: object) -> tuple[Sector, ...]:
    if isinstance(value, str):
        value = (value,)
    if not isinstance(value, tuple | list | set | frozenset):
        msg = f"sectors: expected a sequence of sector names, got {value!r}"
        raise TypeError(msg)
    return tuple(sorted({Sector(item) for item in value}))


def _to_missing(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _to_citations(value: Iterable[Citation]) -> tuple[Citation, ...]:
    return tuple(value)


def _to_str_tuple(value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, tuple | list):
        msg = f"expected a sequence of strings, got {value!r}"
        raise TypeError(msg)
    return tuple(str(item) for item in value)


def _check_regimes(_: object, attribute: object, value: tuple[str, ...]) -> None:
    if not value or any(not item.strip() for item in value):
        msg = f"regimes: expected at least one regime id such as ('gdpr',), got {value!r}"
        raise ValueError(msg)


@frozen(kw_only=True)
class Authority:
    """An authority that receives breach notifications under one or more regimes.

    An EEA supervisory authority within the meaning of Art. 51(1) GDPR, or the recipient
    another regime designates.

    Records come from the packaged registry (see :func:`all_authorities` and
    :func:`recipients`); build your own only for tests or for authorities the registry
    does not cover.

    Attributes:
        id: Stable slug, ``<country>[-<subdivision>]-<acronym>``, e.g. ``"fr-cnil"``,
            ``"de-by-baylda"``. Never changes once published.
        name: Official name in the national language(s); bilingual names joined by ``" / "``.
        name_en: English name.
        acronym: Usual short form (``"CNIL"``), or ``None`` if the authority has none.
        country: ISO 3166-1 alpha-2 code of the Member State (``"GR"`` for Greece, not ``"EL"``).
        subdivision: ISO 3166-2 code of the region it is limited to (``"DE-BY"``), or ``None``
            for a national authority.
        sectors: Processing it supervises, sorted.
        timezone: IANA time-zone name of its seat, e.g. ``"Europe/Paris"``.
        url: Official website (https).
        languages: ISO 639-1 codes of the languages it accepts notifications in, sorted.
        breach_form_url: Online breach-notification form, or ``None`` when not verified.
        regimes: The ids of the regimes whose notifications it receives (``("gdpr",)``
            for a GDPR supervisory authority; e.g. ``("nis2",)`` for a CSIRT).
        source: Where its designation for those regimes comes from (a statute, an
            official list), or ``None`` for the GDPR authorities, whose source is the
            registry's provenance note.
        verified: False when the designation was taken from a secondary source or from
            memory and not read in the official text.

    >>> cnil = Authority(
    ...     id="fr-cnil", name="Commission nationale de l'informatique et des libertés",
    ...     name_en="National Commission on Informatics and Liberty", acronym="CNIL",
    ...     country="FR", sectors=("private", "public"), timezone="Europe/Paris",
    ...     url="https://www.cnil.fr", languages=("fr",))
    >>> str(cnil)
    'CNIL (FR)'
    """

    id: str = field(validator=_check_id)
    name: str
    name_en: str
    acronym: str | None = None
    country: str = field(validator=_check_country)
    subdivision: str | None = field(default=None, validator=_check_subdivision)
    sectors: tuple[Sector, ...] = field(converter=_to_sectors, validator=_check_sectors)
    timezone: str
    url: str = field(validator=_check_url)
    languages: tuple[str, ...] = field(converter=_to_str_tuple, validator=_check_languages)
    breach_form_url: str | None = field(default=None, validator=_check_optional_url)
    regimes: tuple[str, ...] = field(
        default=("gdpr",), converter=_to_str_tuple, validator=_check_regimes
    )
    source: str | None = None
    verified: bool = True

    def receives(self, regime: str) -> bool:
        """Tell whether it receives notifications under ``regime`` (a regime id)."""
        return regime in self.regimes

    def __str__(self) -> str:
        short = self.acronym or self.name_en
        return f"{short} ({self.subdivision or self.country})"

    @property
    def zone(self) -> ZoneInfo:
        """The authority's time zone, for showing deadlines in its local time."""
        return ZoneInfo(self.timezone)

    @property
    def citation(self) -> Citation:
        """Where the GDPR provides for supervisory authorities: Art. 51(1).

        Meaningful for GDPR supervisory authorities only; another regime's recipient is
        cited by that regime's rules, which say where its designation comes from.
        """
        return gdpr(51, 1)

    def supervises(self, sector: Sector | str) -> bool:
        """Tell whether the authority supervises processing in ``sector``.

        Args:
            sector: A :class:`Sector` or its string value.

        Returns:
            ``True`` if ``sector`` is one of :attr:`sectors`.
        """
        return Sector(sector) in self.sectors


@frozen(kw_only=True)
class AuthorityLookup:
    """The answer to "which supervisory authority is competent?", possibly undetermined.

    Exactly one of :attr:`authority` and :attr:`missing` is set: either the registry names
    one authority, or it cannot without more facts, and :attr:`missing` names them (using the
    parameter names of :func:`competent_authority`, e.g. ``("subdivision",)``). An
    undetermined lookup is an outcome, not an error.

    Attributes:
        authority: The competent authority, or ``None`` when undetermined.
        missing: The facts needed to decide; empty when determined.
        reason: One or two sentences explaining the answer, for people.
        citations: The provisions the answer rests on.
    """

    authority: Authority | None
    missing: tuple[str, ...] = field(default=(), converter=_to_missing)
    reason: str
    citations: tuple[Citation, ...] = field(default=(), converter=_to_citations)

    def __attrs_post_init__(self) -> None:
        if (self.authority is None) == (not self.missing):
            msg = "AuthorityLookup: give either an authority or the missing facts, not both"
            raise ValueError(msg)

    @property
    def determined(self) -> bool:
        """``True`` when one authority was identified."""
        return self.authority is not None

    def __str__(self) -> str:
        if self.authority is not None:
            return f"{self.authority}: {self.reason}"
        return f"undetermined (missing: {', '.join(self.missing)}): {self.reason}"
