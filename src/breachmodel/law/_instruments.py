"""Instruments as data: each law or guidance document, its text, and its dated versions.

Nothing here imports from the rest of the package: citations, clocks and regimes read this
table; it reads none of them.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from attrs import field, frozen

from breachmodel.errors import BreachModelError

__all__ = [
    "CiteStyle",
    "Instrument",
    "InstrumentKind",
    "UnknownInstrumentError",
    "Version",
]


class InstrumentKind(StrEnum):
    """What sort of text an instrument is."""

    EU_REGULATION = "eu_regulation"
    EU_DIRECTIVE = "eu_directive"
    EU_PROPOSAL = "eu_proposal"
    UK_RETAINED = "uk_retained"
    """EU law as it was converted into UK law at the end of the transition period."""
    UK_ACT = "uk_act"
    UK_SI = "uk_si"
    NATIONAL_ACT = "national_act"
    """A statute of a state outside the EU and the UK (Brazil's LGPD, Canada's PIPEDA...)."""
    NATIONAL_REGULATION = "national_regulation"
    """Subordinate legislation or a regulator's binding resolution of such a state."""
    STATUTE = "statute"
    """An Act of a national legislature outside the EU and the UK (Japan, Korea, India...)."""
    SUBORDINATE = "subordinate"
    """Rules, decrees, directions made under such an Act by a government or an authority."""
    GUIDANCE = "guidance"
    """Guidance from an authority or agency: no legal force, cited for its reading."""
    PROJECT = "project"
    """This project's own recorded interpretations."""


class CiteStyle(StrEnum):
    """How a pinpoint and the instrument's short name are joined in a citation's text."""

    PINPOINT_FIRST = "pinpoint_first"
    """``Art. 33(1) GDPR``: the usual form for the GDPR and the UK GDPR."""
    SOURCE_FIRST = "source_first"
    """``EDPB Guidelines 9/2022, para. 73``: guidance and most other instruments."""


class UnknownInstrumentError(BreachModelError, KeyError):
    """No instrument has the id asked for; the message lists the known ids."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown instrument"


@frozen(kw_only=True)
class Version:
    """One version of an instrument's text, and the date it applies from.

    Attributes:
        id: A stable identifier, e.g. ``"gdpr-2016"``.
        title: What this version is, in plain English.
        applies_from: The first day this version applies; None for a proposal, which
            applies to no date and only when a user opts in.
        proposed: Whether this is a proposal (not law): chosen only on request.
        identifier: The official identifier of the text that makes this version, when it
            differs from the instrument's (e.g. ``"COM(2025) 837"``).
        url: Where that text is published.
        verified: Whether the date and identifier were checked against the official text
            or a named secondary source (see the law page); False marks what is from memory.
    """

    id: str
    title: str
    applies_from: date | None
    proposed: bool = False
    identifier: str | None = None
    url: str | None = None
    verified: bool = True


def _versions(values: tuple[Version, ...]) -> tuple[Version, ...]:
    return tuple(values)


@frozen(kw_only=True)
class Instrument:
    """A law or guidance document, with its official identity and its versions.

    Attributes:
        id: A stable identifier used in code, e.g. ``"gdpr"`` or ``"uk-gdpr"``.
        short: The short name citations print, e.g. ``"GDPR"``.
        title: The full title.
        kind: What sort of text it is (:class:`InstrumentKind`).
        identifier: The official identifier: the CELEX number for EU law
            (``"32016R0679"``), the legislation.gov.uk id for UK law
            (``"eur/2016/679"``), or the issuer's reference for guidance.
        url: The official URL: the EUR-Lex ELI URL for EU law, legislation.gov.uk for UK
            law, the issuer's page for guidance.
        article_url: A template for article-level links (``{article}``), where the
            publisher has a stable form; None links every article to :attr:`url`.
        article_label: How a division is introduced in a pinpoint: ``"Art."``, ``"s."``
            for an Act's sections, ``"reg."`` for a statutory instrument's regulations.
        style: How citations join pinpoint and short name (:class:`CiteStyle`).
        versions: Every version, oldest first.
        verified: Whether the identifier and URL were checked (see the law page).
    """

    id: str
    short: str
    title: str
    kind: InstrumentKind
    identifier: str
    url: str | None
    article_url: str | None = None
    article_label: str = "Art."
    style: CiteStyle = CiteStyle.SOURCE_FIRST
    versions: tuple[Version, ...] = field(default=(), converter=_versions)
    verified: bool = True

    def version(self, version_id: str) -> Version:
        """The version with this id.

        Raises:
            UnknownInstrumentError: If the instrument has no such version.
        """
        for v in self.versions:
            if v.id == version_id:
                return v
        known = ", ".join(v.id for v in self.versions) or "none"
        msg = f"{self.short} has no version {version_id!r}; known versions: {known}"
        raise UnknownInstrumentError(msg)

    def in_force(self, on: date, *, opt_in: frozenset[str] = frozenset()) -> Version | None:
        """The version that applies on ``on``: the latest one in force by then.

        A proposed version applies only when its id is in ``opt_in``, and then from any
        date the instrument itself applies on. None when nothing applies yet.

        >>> from breachmodel.law import GDPR
        >>> GDPR.in_force(date(2017, 6, 1)) is None
        True
        >>> GDPR.in_force(date(2024, 2, 1)).id
        'gdpr-2016'
        >>> GDPR.in_force(date(2024, 2, 1), opt_in=frozenset({"digital-omnibus-2025"})).id
        'digital-omnibus-2025'
        """
        current: Version | None = None
        for v in self.versions:
            if v.proposed or v.applies_from is None or v.applies_from > on:
                continue
            if (
                current is None
                or current.applies_from is None
                or v.applies_from >= current.applies_from
            ):
                current = v
        if current is None:
            return None
        chosen = [v for v in self.versions if v.proposed and v.id in opt_in]
        return chosen[-1] if chosen else current

    def article_link(self, article: int | str) -> str | None:
        """A link to one article: article-level where a stable form exists, else the act."""
        if self.article_url is not None:
            return self.article_url.format(article=article)
        return self.url

    def cite_text(self, pinpoint: str) -> str:
        """A citation's text for a pinpoint in this instrument, in its style.

        >>> from breachmodel.law import GDPR, EDPB_9_2022
        >>> GDPR.cite_text("Art. 33(1)")
        'Art. 33(1) GDPR'
        >>> EDPB_9_2022.cite_text("para. 73")
        'EDPB Guidelines 9/2022, para. 73'
        """
        if self.style is CiteStyle.PINPOINT_FIRST:
            return f"{pinpoint} {self.short}"
        return f"{self.short}, {pinpoint}"
