"""Typed references to the law and the guidance every rule relies on.

A :class:`Citation` names a source (an instrument such as the GDPR, or a guidance
document such as EDPB Guidelines 9/2022) and a pinpoint inside it (an article,
paragraph and point, a recital, a guidance paragraph). Links are built from
identifiers, never typed by hand in rules.

>>> str(gdpr(33, 1))
'Art. 33(1) GDPR'
>>> str(gdpr(34, 3, "c"))
'Art. 34(3)(c) GDPR'
>>> str(recital(85))
'Recital 85 GDPR'
>>> str(edpb("para. 73"))
'EDPB Guidelines 9/2022, para. 73'
"""

from __future__ import annotations

import functools

import attrs
from attrs import Factory, field, frozen

from breachmodel import law as _law

__all__ = [
    "EDPB_9_2022",
    "ENCODING_NOTES",
    "ENISA_2013",
    "GDPR",
    "REG_611_2013",
    "REG_1182_71",
    "Citation",
    "cite",
    "edpb",
    "edpb_opinion",
    "encoding_note",
    "enisa",
    "gdpr",
    "national_law",
    "recital",
    "reg_611_2013",
    "reg_1182_71",
    "retarget",
]

GDPR = _law.GDPR.short
"""Regulation (EU) 2016/679, the General Data Protection Regulation."""

EDPB_9_2022 = _law.EDPB_9_2022.short
"""EDPB Guidelines 9/2022 on personal data breach notification, v2.0 (28 March 2023)."""

ENISA_2013 = _law.ENISA_2013.short
"""ENISA, Recommendations for a methodology of the assessment of severity of breaches."""

REG_1182_71 = _law.REG_1182_71.short
"""Regulation (EEC, Euratom) No 1182/71 on periods, dates and time limits."""

REG_611_2013 = _law.REG_611_2013.short
"""Commission Regulation (EU) No 611/2013 on the notification of personal data breaches
under Directive 2002/58/EC (ePrivacy)."""

ENCODING_NOTES = _law.ENCODING_NOTES.short
"""This project's recorded interpretations (E1-E20), where the law is ambiguous."""


def _instrument_of(citation: Citation) -> str | None:
    found = _law.by_short(citation.source)
    return None if found is None else found.id


def _style(instrument: str | None) -> _law.CiteStyle:
    try:
        return _law.get(instrument).style if instrument else _law.CiteStyle.SOURCE_FIRST
    except _law.UnknownInstrumentError:
        return _law.CiteStyle.SOURCE_FIRST


@frozen(order=True, cache_hash=True)
class Citation:
    """A pinpoint reference to a legal source.

    Attributes:
        source: The instrument or guidance document's short name, e.g. ``"GDPR"``.
        pinpoint: Where inside it, e.g. ``"Art. 33(1)"`` or ``"para. 73"``.
        url: A stable link to the source, when one exists.
        instrument: The id of the :class:`breachmodel.law.Instrument` cited (e.g.
            ``"gdpr"``), which sets how the citation reads; by default the instrument
            whose short name is ``source``, None for a source the law table does not hold.
    """

    source: str
    pinpoint: str
    url: str | None = None
    instrument: str | None = field(
        default=Factory(_instrument_of, takes_self=True), eq=False, order=False
    )

    def __str__(self) -> str:
        if _style(self.instrument) is _law.CiteStyle.PINPOINT_FIRST:
            return f"{self.pinpoint} {self.source}"
        return f"{self.source}, {self.pinpoint}"


def _pinpoint(
    label: str, article: int | str, paragraph: int | str | None, point: str | None
) -> str:
    pinpoint = f"{label} {article}"
    if paragraph is not None:
        pinpoint += f"({paragraph})"
    if point is not None:
        pinpoint += f"({point})"
    return pinpoint


@functools.cache
def cite(
    instrument: str,
    article: int | str,
    paragraph: int | str | None = None,
    point: str | None = None,
) -> Citation:
    """Cite an article (section, regulation) of any instrument in the law table.

    >>> str(cite("uk-gdpr", 33, 1))
    'Art. 33(1) UK GDPR'
    >>> cite("uk-gdpr", 33, 1).url
    'https://www.legislation.gov.uk/eur/2016/679/article/33'
    >>> str(cite("dpa-2018", 67))
    'DPA 2018, s. 67'

    Args:
        instrument: The instrument's id (see :func:`breachmodel.law.ids`).
        article: The article number (a section or regulation number where the
            instrument is divided that way).
        paragraph: The paragraph number, if any.
        point: The point letter, if any (needs a paragraph).

    Raises:
        ValueError: If a point is given without a paragraph.
        UnknownInstrumentError: If the instrument is not in the law table.
    """
    law = _law.get(instrument)
    if point is not None and paragraph is None:
        msg = f"a {law.short} point needs its paragraph: use cite({instrument!r}, article, paragraph, point)"
        raise ValueError(msg)
    pinpoint = _pinpoint(law.article_label, article, paragraph, point)
    return Citation(law.short, pinpoint, law.article_link(article), law.id)


def retarget(citation: Citation, instrument: str) -> Citation:
    """The same pinpoint in another instrument, e.g. a GDPR article as a UK GDPR one.

    Recitals and other pinpoints keep their text; the source, link and instrument change.

    >>> str(retarget(gdpr(33, 1), "uk-gdpr"))
    'Art. 33(1) UK GDPR'
    """
    law = _law.get(instrument)
    article = citation.pinpoint.removeprefix("Art. ").split("(")[0]
    url = law.article_link(article) if citation.pinpoint.startswith("Art. ") else law.url
    return attrs.evolve(citation, source=law.short, url=url, instrument=law.id)


def gdpr(article: int, paragraph: int | None = None, point: str | None = None) -> Citation:
    """Cite an article of the GDPR, down to its paragraph and point.

    Args:
        article: The article number.
        paragraph: The paragraph number, if any.
        point: The point letter, if any (needs a paragraph).

    Returns:
        The citation, linked to the Regulation's text on EUR-Lex.

    Raises:
        ValueError: If a point is given without a paragraph.
    """
    return cite(_law.GDPR.id, article, paragraph, point)


@functools.cache
def recital(number: int) -> Citation:
    """Cite a recital of the GDPR."""
    return Citation(GDPR, f"Recital {number}", _law.GDPR.url, _law.GDPR.id)


@functools.cache
def edpb(pinpoint: str) -> Citation:
    """Cite EDPB Guidelines 9/2022 (paragraph, section or annex example)."""
    return Citation(EDPB_9_2022, pinpoint, _law.EDPB_9_2022.url, _law.EDPB_9_2022.id)


@functools.cache
def enisa(pinpoint: str) -> Citation:
    """Cite the ENISA 2013 severity methodology."""
    return Citation(ENISA_2013, pinpoint, _law.ENISA_2013.url, _law.ENISA_2013.id)


@functools.cache
def reg_1182_71(pinpoint: str) -> Citation:
    """Cite Regulation 1182/71 on periods, dates and time limits."""
    return Citation(REG_1182_71, pinpoint, _law.REG_1182_71.url, _law.REG_1182_71.id)


@functools.cache
def encoding_note(pinpoint: str) -> Citation:
    """Cite one of this project's encoding notes, e.g. ``encoding_note("E2")``.

    The notes are design decisions, cited so that every result says which reading of an
    ambiguous provision it rests on (see the interpretations page of the docs).
    """
    return Citation(ENCODING_NOTES, pinpoint, _law.ENCODING_NOTES.url, _law.ENCODING_NOTES.id)


@functools.cache
def reg_611_2013(pinpoint: str) -> Citation:
    """Cite Commission Regulation (EU) No 611/2013 (ePrivacy breach notification)."""
    return Citation(REG_611_2013, pinpoint, _law.REG_611_2013.url, _law.REG_611_2013.id)


@functools.cache
def national_law(law: str, pinpoint: str) -> Citation:
    """Cite a Member State's law, e.g. ``national_law("TDDDG", "§ 29")`` (Germany)."""
    return Citation(law, pinpoint)


@functools.cache
def edpb_opinion(number: str, pinpoint: str) -> Citation:
    """Cite an EDPB opinion, e.g. ``edpb_opinion("04/2024", "main establishment")``."""
    return Citation(f"EDPB Opinion {number}", pinpoint)
