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

from attrs import frozen

__all__ = [
    "EDPB_9_2022",
    "ENCODING_NOTES",
    "ENISA_2013",
    "GDPR",
    "REG_611_2013",
    "REG_1182_71",
    "Citation",
    "edpb",
    "edpb_opinion",
    "encoding_note",
    "enisa",
    "gdpr",
    "national_law",
    "recital",
    "reg_611_2013",
    "reg_1182_71",
]

GDPR = "GDPR"
"""Regulation (EU) 2016/679, the General Data Protection Regulation."""

EDPB_9_2022 = "EDPB Guidelines 9/2022"
"""EDPB Guidelines 9/2022 on personal data breach notification, v2.0 (28 March 2023)."""

ENISA_2013 = "ENISA severity methodology (2013)"
"""ENISA, Recommendations for a methodology of the assessment of severity of breaches."""

REG_1182_71 = "Regulation 1182/71"
"""Regulation (EEC, Euratom) No 1182/71 on periods, dates and time limits."""

REG_611_2013 = "Regulation 611/2013"
"""Commission Regulation (EU) No 611/2013 on the notification of personal data breaches
under Directive 2002/58/EC (ePrivacy)."""

ENCODING_NOTES = "breachmodel encoding notes"
"""This project's recorded interpretations (E1-E20), where the law is ambiguous."""

_GDPR_ARTICLE_URL = "https://gdpr-info.eu/art-{n}-gdpr/"
_GDPR_RECITAL_URL = "https://gdpr-info.eu/recitals/no-{n}/"
_EDPB_URL = (
    "https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/"
    "guidelines-92022-personal-data-breach-notification-under_en"
)
_ENISA_URL = "https://www.enisa.europa.eu/publications/dbn-severity"
_REG_1182_71_URL = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:31971R1182"


@frozen(order=True)
class Citation:
    """A pinpoint reference to a legal source.

    Attributes:
        source: The instrument or guidance document, e.g. ``"GDPR"``.
        pinpoint: Where inside it, e.g. ``"Art. 33(1)"`` or ``"para. 73"``.
        url: A stable link to the source, when one exists.
    """

    source: str
    pinpoint: str
    url: str | None = None

    def __str__(self) -> str:
        if self.source == GDPR:
            return f"{self.pinpoint} {self.source}"
        return f"{self.source}, {self.pinpoint}"


@functools.cache
def gdpr(article: int, paragraph: int | None = None, point: str | None = None) -> Citation:
    """Cite an article of the GDPR, down to its paragraph and point.

    Args:
        article: The article number.
        paragraph: The paragraph number, if any.
        point: The point letter, if any (needs a paragraph).

    Returns:
        The citation, linked to the article's text.

    Raises:
        ValueError: If a point is given without a paragraph.
    """
    if point is not None and paragraph is None:
        msg = "a GDPR point needs its paragraph: use gdpr(article, paragraph, point)"
        raise ValueError(msg)
    pinpoint = f"Art. {article}"
    if paragraph is not None:
        pinpoint += f"({paragraph})"
    if point is not None:
        pinpoint += f"({point})"
    return Citation(GDPR, pinpoint, _GDPR_ARTICLE_URL.format(n=article))


@functools.cache
def recital(number: int) -> Citation:
    """Cite a recital of the GDPR."""
    return Citation(GDPR, f"Recital {number}", _GDPR_RECITAL_URL.format(n=number))


@functools.cache
def edpb(pinpoint: str) -> Citation:
    """Cite EDPB Guidelines 9/2022 (paragraph, section or annex example)."""
    return Citation(EDPB_9_2022, pinpoint, _EDPB_URL)


@functools.cache
def enisa(pinpoint: str) -> Citation:
    """Cite the ENISA 2013 severity methodology."""
    return Citation(ENISA_2013, pinpoint, _ENISA_URL)


@functools.cache
def reg_1182_71(pinpoint: str) -> Citation:
    """Cite Regulation 1182/71 on periods, dates and time limits."""
    return Citation(REG_1182_71, pinpoint, _REG_1182_71_URL)


_ENCODING_NOTES_URL = "https://breachmodel.readthedocs.io/en/latest/interpretations.html"


@functools.cache
def encoding_note(pinpoint: str) -> Citation:
    """Cite one of this project's encoding notes, e.g. ``encoding_note("E2")``.

    The notes are design decisions, cited so that every result says which reading of an
    ambiguous provision it rests on (see the interpretations page of the docs).
    """
    return Citation(ENCODING_NOTES, pinpoint, _ENCODING_NOTES_URL)


_REG_611_2013_URL = "https://eur-lex.europa.eu/eli/reg/2013/611/oj"


@functools.cache
def reg_611_2013(pinpoint: str) -> Citation:
    """Cite Commission Regulation (EU) No 611/2013 (ePrivacy breach notification)."""
    return Citation(REG_611_2013, pinpoint, _REG_611_2013_URL)


@functools.cache
def national_law(law: str, pinpoint: str) -> Citation:
    """Cite a Member State's law, e.g. ``national_law("TDDDG", "§ 29")`` (Germany)."""
    return Citation(law, pinpoint)


@functools.cache
def edpb_opinion(number: str, pinpoint: str) -> Citation:
    """Cite an EDPB opinion, e.g. ``edpb_opinion("04/2024", "main establishment")``."""
    return Citation(f"EDPB Opinion {number}", pinpoint)
