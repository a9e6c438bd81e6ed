"""The constructors the law tables declare their rows with: one instrument, one version.

Each table module (``_table``, ``_asia``, ``_table_br_ca_au_sg``, ``_us``) writes an
instrument as one call, its identity in reading order and then its versions.
"""

from __future__ import annotations

from datetime import date

from breachmodel.law._instruments import CiteStyle, Instrument, InstrumentKind, Version

__all__ = ["instrument", "since"]


def since(version_id: str, applies_from: date, title: str, *, verified: bool = True) -> Version:
    """A version in force from ``applies_from``: the form most law-table rows take.

    ``verified=False`` marks a date taken from memory (see the law page).

    >>> since("x-2020", date(2020, 9, 18), "In force", verified=False).verified
    False
    """
    return Version(id=version_id, title=title, applies_from=applies_from, verified=verified)


def instrument(  # noqa: PLR0917 - a law-table row: identity fields in reading order
    kind: InstrumentKind,
    id_: str,
    short: str,
    title: str,
    identifier: str,
    url: str | None,
    *versions: Version,
    article_label: str = "Art.",
    article_url: str | None = None,
    style: CiteStyle = CiteStyle.SOURCE_FIRST,
    verified: bool = True,
) -> Instrument:
    """An instrument from its identity, in the order a law table reads, then its versions.

    >>> act = instrument(InstrumentKind.STATUTE, "x", "X Act", "The X Act", "No. 1", None)
    >>> act.cite_text("s. 1"), act.versions
    ('X Act, s. 1', ())
    """
    return Instrument(
        id=id_,
        short=short,
        title=title,
        kind=kind,
        identifier=identifier,
        url=url,
        article_url=article_url,
        article_label=article_label,
        style=style,
        versions=versions,
        verified=verified,
    )
