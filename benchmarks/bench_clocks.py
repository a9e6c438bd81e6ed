"""Cost per deadline for each period kind.

Run with ``python benchmarks/bench_clocks.py``. Calendars are warmed first: the goal is
that, once a calendar year is built, a working-day deadline costs no more than 5x an
elapsed-hour deadline. Prints microseconds per deadline and the ratios; asserts nothing.

It then times the first working-day deadline in a fresh process (the cold start), against
the cost of importing the ``holidays`` package with its country tables (which the package
loads all at once the first time any country is used) plus a warm deadline: the goal is a
cold start within 2x of that sum. Fresh processes alternate between the two measurements
(paired), and the best of several pairs is kept.
"""

from __future__ import annotations

import subprocess
import sys
import timeit
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import _checkout  # noqa: F401 - puts the checkout's src on the path first

from breachmodel.clocks import (
    Anchor,
    CalendarDays,
    Convention,
    DeadlineRule,
    Duty,
    HolidayCalendar,
    Months,
    OpenEnded,
    Period,
    WorkingDays,
    compute_deadline,
)
from breachmodel.regimes.gdpr.art33 import notification_rule

START = datetime(2024, 11, 7, 19, 0, tzinfo=UTC)
ANCHORS = {Anchor.AWARENESS: START}


def _rule(
    rule_id: str,
    period: Period,
    timezone: str,
    convention: Convention | None = None,
    country: str | None = None,
    **values: object,
) -> DeadlineRule:
    """A rule from awareness; ``country`` names its holiday calendar, if any."""
    if convention is not None:
        values["convention"] = convention
    if country is not None:
        values["calendar"] = HolidayCalendar(country)
    return DeadlineRule(
        id=rule_id,
        label=rule_id,
        anchor=Anchor.AWARENESS,
        period=period,
        timezone=timezone,
        **values,  # type: ignore[arg-type]
    )


_PARIS, _NEW_YORK = "Europe/Paris", "America/New_York"

RULES: dict[str, DeadlineRule] = {
    "elapsed (GDPR 72 h)": notification_rule(_PARIS),
    "calendar days (HIPAA 60)": _rule(
        "hipaa", CalendarDays(n=60), _NEW_YORK, Convention.END_OF_DAY
    ),
    "working days (SEC 4, warm US)": _rule(
        "sec", WorkingDays(n=4), _NEW_YORK, Convention.END_OF_DAY, "US", cutoff=time(17, 30)
    ),
    "working days (ANPD 3, warm BR)": _rule(
        "anpd", WorkingDays(n=3), "America/Sao_Paulo", Convention.BRAZIL, "BR"
    ),
    "months (NIS2 final, 1 month)": _rule("nis2", Months(n=1), _PARIS, Convention.END_OF_DAY),
    "months (DORA final, 1182/71, warm FR)": _rule(
        "dora", Months(n=1), _PARIS, Convention.REG_1182_71, "FR"
    ),
    "open-ended (target 24 h)": _rule(
        "processor", OpenEnded(duty=Duty.WITHOUT_UNDUE_DELAY, target=timedelta(hours=24)), _PARIS
    ),
}


def _per_call_us(func: Callable[[], object], number: int = 5000, repeat: int = 5) -> float:
    return min(timeit.repeat(func, number=number, repeat=repeat)) / number * 1e6


_COLD_DEADLINE = """
import sys, time
sys.path.insert(0, sys.argv[1])
from bench_clocks import ANCHORS, RULES, compute_deadline
rule = RULES["working days (SEC 4, warm US)"]
start = time.perf_counter()
compute_deadline(rule, ANCHORS)
middle = time.perf_counter()
compute_deadline(rule, ANCHORS)
print(middle - start, time.perf_counter() - middle)
"""

_COLD_IMPORT = """
import time
start = time.perf_counter()
import holidays, holidays.countries
print(time.perf_counter() - start)
"""


def _child(code: str) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).resolve().parent)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [float(x) for x in out.split()]


def bench_cold_start(pairs: int = 5) -> None:
    """The first working-day deadline in a fresh process vs. holidays import + warm."""
    cold = warm = imported = float("inf")
    for _ in range(pairs):
        first, second = _child(_COLD_DEADLINE)
        cold, warm = min(cold, first), min(warm, second)
        imported = min(imported, _child(_COLD_IMPORT)[0])
    ratio = cold / (imported + warm)
    verdict = "meets" if ratio <= 2 else "MISSES"
    print(
        f"cold start: first deadline {cold * 1e3:.1f} ms; import of holidays with its "
        f"countries {imported * 1e3:.1f} ms; warm deadline {warm * 1e6:.0f} us: "
        f"{ratio:.2f}x ({verdict} the 2x goal)"
    )


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
    bench_cold_start()


if __name__ == "__main__":
    main()
