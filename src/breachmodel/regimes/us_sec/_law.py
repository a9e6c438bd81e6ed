"""Citations, dates and the clock of SEC Form 8-K Item 1.05.

Provenance of each value (repeated on the law page ``docs/law/us_sec.md``):

* Item 1.05(a) (a cybersecurity incident the registrant determines to be material; the
  material aspects of its nature, scope and timing and its material impact or reasonably
  likely material impact, including on financial condition and results of operations): the
  Form's text as quoted by mktbolt.com, and the adopting release as quoted by
  breachdocket.com (secondary quotations of the official text).
* General Instruction B.1 (within four business days after the event; an event on a
  Saturday, Sunday or holiday on which the Commission is not open starts the period on the
  next business day, which counts): read in a reproduction of the Form (formsbank.com); for
  Item 1.05 the event is the materiality determination (the release as quoted).
* Item 1.05(c) (the Attorney General's written determination that disclosure poses a
  substantial risk to national security or public safety; an initial delay of up to 30
  days): Hogan Lovells and KPMG (secondary); the further periods (30 days, then 60 days in
  extraordinary circumstances, and longer by Commission order): memory, NOT verified.
* Instruction 2 to Item 1.05 (information not determined or unavailable at filing is stated
  as such and filed by amendment within four business days after it is determined or
  becomes available): KPMG and Cooley (secondary).
* The materiality determination "without unreasonable delay after discovery"
  (Instruction 1 to Item 1.05): breachdocket.com (secondary).
* Compliance from 18 December 2023, smaller reporting companies 15 June 2024: Paul Weiss and
  Paul Hastings (secondary).
* EDGAR's 5:30 pm Eastern cutoff (Regulation S-T Rule 13(a)(2)): the clocks package.
* Business days exclude the days the Commission is closed by executive order (national days
  of mourning, Christmas Eve): 17 CFR 201.104 counts "any other day appointed as a holiday in
  Washington, D.C. by the President" among federal legal holidays (read in the Cornell LII
  reproduction), and the SEC's EDGAR closure announcements treat such a day "as a federal
  holiday for filing purposes" (5 December 2018, quoted by an ICI memo; 24 December 2020,
  Cooley; 9 January 2025, freewritings.law: secondary). The days are the ``holidays``
  package's US "government" category; a closure ordered after that data was published is
  not in it.
"""

from __future__ import annotations

from datetime import date, time
from typing import Final

from breachmodel.clocks import (
    Anchor,
    Convention,
    DeadlineRule,
    HolidayCalendar,
    Period,
    WorkingDays,
    reg_s_t,
)
from breachmodel.regimes._national import pinpoint

__all__ = [
    "BUSINESS_DAYS",
    "CALENDAR",
    "COMPLIANCE_FROM",
    "CUTOFF",
    "REGIME_ID",
    "SEC_ID",
    "SMALLER_FROM",
    "ZONE",
    "filing_rule",
    "form",
    "release",
]

REGIME_ID: Final = "us_sec"
SEC_ID: Final = "us-sec"
"""The Securities and Exchange Commission, in the authorities registry."""
ZONE: Final = "America/New_York"
BUSINESS_DAYS: Final = 4
CUTOFF: Final = time(17, 30)
CALENDAR: Final = HolidayCalendar("US", categories=("public", "government"))
"""US federal holidays (observed days included) and the days federal offices are closed by
executive order, when the Commission is not open and EDGAR accepts no filings."""
COMPLIANCE_FROM: Final = date(2023, 12, 18)
SMALLER_FROM: Final = date(2024, 6, 15)


form: Final = pinpoint("sec-form-8k")
"""Cite Form 8-K, e.g. ``form("Item 1.05(a)")``."""
release: Final = pinpoint("sec-release-33-11216")
"""Cite the adopting release, e.g. ``release("section II.B")``."""


def filing_rule(rule_id: str, label: str, period: Period | None = None) -> DeadlineRule:
    """Four business days (US federal holidays and closures) from the determination, by 17:30."""
    return DeadlineRule(
        id=rule_id,
        label=label,
        anchor=Anchor.DETERMINATION,
        period=period or WorkingDays(n=BUSINESS_DAYS),
        timezone=ZONE,
        convention=Convention.END_OF_DAY,
        calendar=CALENDAR,
        cutoff=CUTOFF,
        citations=(form("General Instruction B.1"), form("Item 1.05(a)"), reg_s_t("Rule 13(a)(2)")),
    )
