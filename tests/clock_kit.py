"""Deadline rules shared by the clock tests: one definition of each worked regime clock.

:func:`worked_rule` builds the plain rule of a worked example (only its period, zone and counting
matter there) and :func:`due_from` computes a rule's deadline from its anchor's instant.
"""

from __future__ import annotations

from datetime import datetime, time

from breachmodel.citations import Citation
from breachmodel.clocks import (
    Anchor,
    Convention,
    Deadline,
    DeadlineRule,
    HolidayCalendar,
    Period,
    WorkingDayCalendar,
    WorkingDays,
    compute_deadline,
    reg_s_t,
)


def worked_rule(
    period: Period,
    timezone: str = "Europe/Paris",
    *,
    anchor: Anchor = Anchor.AWARENESS,
    convention: Convention = Convention.ELAPSED,
    calendar: WorkingDayCalendar | None = None,
    rule_id: str = "worked.example",
    label: str | None = None,
    citations: tuple[Citation, ...] = (),
) -> DeadlineRule:
    """The rule of a worked example: ``period`` from ``anchor``, counted in ``timezone``."""
    return DeadlineRule(
        id=rule_id,
        label=label or f"{period.label} from {anchor.value}",
        anchor=anchor,
        period=period,
        timezone=timezone,
        convention=convention,
        calendar=calendar,
        citations=citations,
    )


def due_from(worked: DeadlineRule, start: datetime) -> Deadline:
    """The rule's deadline with its anchor at ``start`` (no other event recorded)."""
    return compute_deadline(worked, {worked.anchor: start})


def sec_8k() -> DeadlineRule:
    """Form 8-K Item 1.05: four business days from the materiality determination, by the
    17:30 New York EDGAR cutoff, on the US federal holiday calendar with the days federal
    offices are closed by executive order (17 CFR 201.104; the SEC's EDGAR closures)."""
    return DeadlineRule(
        id="sec.8k.item105",
        label="File Form 8-K Item 1.05",
        anchor=Anchor.DETERMINATION,
        period=WorkingDays(n=4),
        timezone="America/New_York",
        convention=Convention.END_OF_DAY,
        calendar=HolidayCalendar("US", categories=("public", "government")),
        cutoff=time(17, 30),
        citations=(reg_s_t("Rule 13(a)(2)"),),
    )
