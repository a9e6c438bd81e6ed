"""Cost per item of one incident with many custom categories or subject groups.

Run with ``python benchmarks/bench_categories.py``. Builds one incident with 100, 1,000
and 10,000 custom data categories (each concerned), and one with as many groups of
people, assesses each (best of several runs) and prints the time per item and its ratio
to the 100-item case. Linear cost keeps the ratio near 1 (goal: under 2x at 10,000).
Times are CPU times of this process with the cyclic garbage collector paused (as
:mod:`timeit` does): with it running, the many live objects of a large incident make the
collector's own passes grow, which is the interpreter's cost, not the algorithm's.
Asserts nothing.
"""

from __future__ import annotations

import functools
import gc
import time
from collections.abc import Callable
from datetime import UTC, datetime

import _checkout  # noqa: F401 - puts the checkout's src on the path first

from breachmodel.assessment import assess
from breachmodel.model import (
    Count,
    CustomCategory,
    DataConcerned,
    EnisaClass,
    Establishment,
    Incident,
    Occurrence,
    Organisation,
    SubjectGroup,
    SubjectKind,
    Timeline,
)

SIZES = (100, 1_000, 10_000)
CONTROLLER = Organisation(id="c", name="Controller", establishments=(Establishment(country="FR"),))
WHEN = datetime(2024, 2, 1, 9, 0, tzinfo=UTC)
TIMELINE = Timeline(occurred=Occurrence.at(WHEN), controller_aware_at=WHEN)


def with_categories(n: int) -> Incident:
    """An incident concerning ``n`` custom categories."""
    custom = tuple(
        CustomCategory(id=f"custom-{i}", label=f"Custom {i}", enisa_class=EnisaClass.BEHAVIOURAL)
        for i in range(n)
    )
    data = tuple(DataConcerned(category=c.id) for c in custom)
    return Incident(
        id="many", controller=CONTROLLER, custom_categories=custom, data=data, timeline=TIMELINE
    )


def with_subjects(n: int) -> Incident:
    """An incident concerning ``n`` groups of people."""
    groups = tuple(
        SubjectGroup(kind=SubjectKind.CUSTOMERS, count=Count.exact(i + 1)) for i in range(n)
    )
    data = (DataConcerned(category="identity"),)
    return Incident(id="many", controller=CONTROLLER, subjects=groups, data=data, timeline=TIMELINE)


def _best_cpu(func: Callable[[], object], repeat: int) -> float:
    """The best CPU time of ``repeat`` runs, the cyclic collector paused as in timeit."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            func()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def main() -> None:
    assess(with_categories(1))  # load the rules
    for label, build in (("custom categories", with_categories), ("subject groups", with_subjects)):
        per: dict[int, float] = {}
        for n in SIZES:
            run = functools.partial(assess, build(n))
            per[n] = _best_cpu(run, 3 if n > 1000 else 7) / n
        ratio = per[SIZES[-1]] / per[SIZES[0]]
        verdict = "meets" if ratio < 2 else "MISSES"
        cells = ", ".join(f"{n:,}: {per[n] * 1e6:.2f} us" for n in SIZES)
        print(f"{label}: per item {cells}; 10,000 vs 100: {ratio:.2f}x ({verdict} the 2x goal)")


if __name__ == "__main__":
    main()
