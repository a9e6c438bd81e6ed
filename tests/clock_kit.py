"""Deadline rules shared by the clock tests: one definition of each worked regime clock."""

from __future__ import annotations

from datetime import time

from breachmodel.clocks import (
    Anchor,
    Convention,
    DeadlineRule,
    HolidayCalendar,
    WorkingDays,
    reg_s_t,
)


def sec_8k() -> DeadlineRule:
    """Form 8-K Item 1.05: four business days from the materiality determination, by the
    17:30 New York EDGAR cutoff, on the US federal holiday calendar."""
    return DeadlineRule(
        id="sec.8k.item105",
        label="File Form 8-K Item 1.05",
        anchor=Anchor.DETERMINATION,
        period=WorkingDays(n=4),
        timezone="America/New_York",
        convention=Convention.END_OF_DAY,
        calendar=HolidayCalendar("US"),
        cutoff=time(17, 30),
        citations=(reg_s_t("Rule 13(a)(2)"),),
    )
