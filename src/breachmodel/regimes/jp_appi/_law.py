"""Japan's APPI breach rules as data: citations, the reportable cases' data, dates.

Provenance of each value (repeated on the law page ``docs/law/jp_appi.md``):

* Art. 26(1)-(2) APPI (report to the PPC; notice to the person; the contractor's
  exception; the alternative measure where notice is difficult): the Japanese text as
  reproduced on iuris.jp and jukosya.gyosyo.info (reproduced, read with the search tool).
* Enforcement Rules Art. 7 (the four reportable cases, "more than 1,000" people, the
  high-level-encryption exclusion): reproduced on iuris.jp, version in force from
  1 April 2024 (read).
* Rules Art. 8(1) (preliminary report "promptly", nine items) and Art. 8(2) (final report
  within 30 days of the day of knowing, 60 days for the Art. 7(iii) case): reproduced on
  iuris.jp (read).
* Rules Art. 10 (notice to the person, its items): secondary, businesslawyers.jp
  (global-regimes section 7); not read in the text.
* The guidelines' "roughly 3 to 5 days" for the preliminary report: secondary,
  businesslawyers.jp (read with the search tool); see :mod:`.options`.
* Special-care-required personal information (Art. 2(3) APPI): race, creed, social status,
  medical history, criminal record, having suffered harm from a crime, and what the Cabinet
  Order adds (reproduced e-Gov text read for the Act's list; the Cabinet Order's additions,
  such as disability and genome data, from memory, NOT verified).
"""

from __future__ import annotations

from datetime import date
from typing import Final

from breachmodel.citations import Citation, cite
from breachmodel.model import DataCategory

__all__ = [
    "APPLIES_FROM",
    "FINANCIAL_ACCESS",
    "MORE_THAN",
    "PAYMENT",
    "YO_HAIRYO",
    "act",
    "guidelines",
    "rules",
]

APPLIES_FROM: Final = date(2022, 4, 1)
"""Mandatory reports and notices apply from 1 April 2022 (Rules Art. 8, 施行日, reproduced)."""

MORE_THAN: Final = 1000
"""Rules Art. 7(iv): more than 1,000 people (千人を超える; reproduced text, read)."""

YO_HAIRYO: Final = frozenset(
    {
        DataCategory.HEALTH.value,
        DataCategory.GENETIC.value,
        DataCategory.RACIAL_ETHNIC_ORIGIN.value,
        DataCategory.RELIGIOUS_BELIEFS.value,
        DataCategory.POLITICAL_OPINIONS.value,
        DataCategory.CRIMINAL.value,
    }
)
"""Built-in categories read as special-care-required (要配慮) personal information: health
(medical history), genetic (Cabinet Order, memory), racial or ethnic origin (race),
religious and political beliefs (creed), criminal (criminal record). Biometric data,
trade-union membership and sex life are not in Art. 2(3): a custom category marked as a
special category is read as special-care-required (the assessor's choice)."""

PAYMENT: Final = frozenset({DataCategory.PAYMENT_CARD.value})
"""Data whose misuse may cause property damage by itself (Rules Art. 7(ii); the guidelines'
example of credit card numbers, per businesslawyers.jp, secondary)."""

FINANCIAL_ACCESS: Final = frozenset({DataCategory.FINANCIAL.value, DataCategory.PAYMENT_CARD.value})
"""Credentials granting access to these are read as Art. 7(ii) data (the guidelines' example
of online-banking IDs and passwords, per businesslawyers.jp, secondary)."""


def act(article: int, paragraph: int | None = None) -> Citation:
    """Cite the APPI, e.g. ``act(26, 1)``."""
    return cite("jp-appi", article, paragraph)


def rules(article: int, item: str | int | None = None) -> Citation:
    """Cite the Enforcement Rules, e.g. ``rules(7, "iv")`` or ``rules(8, 2)``."""
    return cite("jp-appi-rules", article, item)


def guidelines(section: str) -> Citation:
    """Cite the PPC's guidelines (general rules), e.g. ``guidelines("3-5-3-3")``."""
    return Citation(
        "PPC Guidelines (General Rules)",
        f"section {section}",
        "https://www.ppc.go.jp/personalinfo/legal/guidelines_tsusoku/",
    )
