"""Korea's PIPA breach rules as data: citations, thresholds, data classes, dates.

Provenance of each value (repeated on the law page ``docs/law/kr_pipa.md``):

* Art. 34(1)-(4) PIPA (notice to data subjects "without delay" with five items; report to
  the PIPC or a specialised institution designated by Presidential Decree "without delay";
  timing and thresholds left to the Decree): the official English translation (KLRI) as
  reproduced by prighter.com, read with the search tool.
* Enforcement Decree Arts. 39-40 as amended in September 2023: 72 hours for the notice and
  for the report; the report where 1,000 or more data subjects are concerned, where
  sensitive or unique identifying information is concerned, or where the leak came from
  unauthorised access from outside; KISA as the designated institution; no report where the
  data was retrieved or deleted so that the risk is substantially removed. Secondary: DLA
  Piper's Data Protection Laws of the World (Korea, breach notification) and the
  global-regimes reference (section 8); a Korean guide (wallpapers.co.kr) confirms 72 hours
  and the PIPC/KISA choice. The Decree's text was not reachable here: NOT verified.
* The amendment's commencement, 15 September 2023: secondary (global-regimes section 8,
  "as amended Sep 2023"; the Decree's amendment No. 33723 of 12 September 2023 is listed in
  the KLRI translation, read).
* Sensitive information (Art. 23) and unique identifying information (Art. 24): memory of
  the Act (thought, belief, trade-union membership, political views, health, sex life,
  genetic and criminal-record data, and, by Decree, biometric and racial or ethnic data;
  resident registration, passport, driver's licence and alien registration numbers), NOT
  verified.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from breachmodel.citations import Citation, cite
from breachmodel.model import DataCategory

__all__ = [
    "APPLIES_FROM",
    "AT_LEAST",
    "HOURS",
    "UNIQUE_IDS",
    "act",
    "decree",
    "dla_piper",
]

APPLIES_FROM: Final = date(2023, 9, 15)
"""Art. 34 and Decree Arts. 39-40 as amended apply from 15 September 2023 (secondary)."""

AT_LEAST: Final = 1000
"""Decree Art. 40: 1,000 or more data subjects (secondary: DLA Piper; NOT verified)."""

HOURS: Final = 72
"""Decree Arts. 39-40: 72 hours from awareness (secondary: DLA Piper; NOT verified)."""

UNIQUE_IDS: Final = frozenset(
    {DataCategory.NATIONAL_ID.value, DataCategory.OFFICIAL_DOCUMENT.value}
)
"""Unique identifying information (Art. 24; memory): resident registration, passport,
driver's licence and alien registration numbers, read here as national ids and official
identity documents."""


def act(article: int | str, paragraph: int | None = None) -> Citation:
    """Cite the PIPA, e.g. ``act(34, 3)``."""
    return cite("kr-pipa", article, paragraph)


def decree(article: int, paragraph: int | None = None) -> Citation:
    """Cite the Enforcement Decree, e.g. ``decree(40)``."""
    return cite("kr-pipa-decree", article, paragraph)


def dla_piper() -> Citation:
    """The secondary source for the Decree's thresholds and hours."""
    return Citation(
        "DLA Piper, Data Protection Laws of the World",
        "Korea: breach notification",
        "https://www.dlapiperdataprotection.com/?c=KR&t=breach-notification",
    )
