"""Cost per deadline for each period kind.

Run with ``python benchmarks/bench_clocks.py``. Calendars are warmed first: the goal is
that, once a calendar year is built, a working-day deadline costs no more than 5x an
elapsed-hour deadline. Prints microseconds per deadline and the ratios; asserts nothing.
"""

from __future__ import annotations

import importlib.util
import sys
import timeit
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

if importlib.util.find_spec("breachmodel") is None:  # running from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from breachmodel.clocks import (
    Anchor,
    CalendarDays,
    Convention,
    DeadlineRule,
    Duty,
    HolidayCalendar,
    Months,
    OpenEnded,
    WorkingDays,
    compute_deadline,
    gdpr_art33_rule,
)

START = datetime(2024, 11, 7, 19, 0, tzinfo=UTC)
ANCHORS = {Anchor.AWARENESS: START}


def _rule(rule_id: str, **values: object) -> DeadlineRule:
    return DeadlineRule(id=rule_id, label=rule_id, anchor=Anchor.AWARENESS, **values)  # type: ignore[arg-type]


RULES: dict[str, DeadlineRule] = {
    "elapsed (GDPR 72 h)": gdpr_art33_rule("Europe/Paris"),
    "calendar days (HIPAA 60)": _rule(
        "hipaa",
        period=CalendarDays(n=60),
        timezone="America/New_York",
        convention=Convention.END_OF_DAY,
    ),
    "working days (SEC 4, warm US)": _rule(
        "sec",
        period=WorkingDays(n=4),
        timezone="America/New_York",
        convention=Convention.END_OF_DAY,
        calendar=HolidayCalendar("US"),
        cutoff=time(17, 30),
    ),
    "working days (ANPD 3, warm BR)": _rule(
        "anpd",
        period=WorkingDays(n=3),
        timezone="America/Sao_Paulo",
        convention=Convention.BRAZIL,
        calendar=HolidayCalendar("BR"),
    ),
    "months (NIS2 final, 1 month)": _rule(
        "nis2",
        period=Months(n=1),
        timezone="Europe/Paris",
        convention=Convention.END_OF_DAY,
    ),
    "months (DORA final, 1182/71, warm FR)": _rule(
        "dora",
        period=Months(n=1),
        timezone="Europe/Paris",
        convention=Convention.REG_1182_71,
        calendar=HolidayCalendar("FR"),
    ),
    "open-ended (target 24 h)": _rule(
        "processor",
        period=OpenEnded(duty=Duty.WITHOUT_UNDUE_DELAY, target=timedelta(hours=24)),
        timezone="Europe/Paris",
    ),
}


def _per_call_us(func: Callable[[], object], number: int = 5000, repeat: int = 5) -> float:
    return min(timeit.repeat(func, number=number, repeat=repeat)) / number * 1e6


def main() -> None:
    costs: dict[str, float] = {}
    for name, rule in RULES.items():
        compute_deadline(rule, ANCHORS)  # warm: builds the calendar years used

        def run(rule: DeadlineRule = rule) -> object:
            return compute_deadline(rule, ANCHORS)

        costs[name] = _per_call_us(run)
    base = costs["elapsed (GDPR 72 h)"]
    width = max(len(name) for name in costs)
    print(f"{'kind':<{width}}  us/deadline  x elapsed")
    for name, cost in costs.items():
        print(f"{name:<{width}}  {cost:11.2f}  {cost / base:9.2f}")
    worst = max(cost for name, cost in costs.items() if name.startswith("working days"))
    verdict = "meets" if worst <= 5 * base else "MISSES"
    print(f"working-day / elapsed ratio: {worst / base:.2f} ({verdict} the 5x goal)")


if __name__ == "__main__":
    main()
