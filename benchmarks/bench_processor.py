"""Cost of assessing a processor incident as the number of controllers grows.

Run with ``python benchmarks/bench_processor.py``. Builds processor incidents with 10,
100 and 1,000 controllers (copies of the Viamedis/Almerys example's insurers with new
ids), assesses each, and prints the time per controller and its ratio to the 10-controller
case. Linear growth means a roughly constant time per controller (ratios near 1).
Also times the summary rendering and the register. Asserts nothing.

Like :mod:`timeit`, the main figures are taken with the cyclic garbage collector paused:
with it running, the time per controller drifts up a little as the number of live
result objects grows (the collector rescans them), which is the interpreter's cost, not
the algorithm's. The last column shows that figure with the collector on.
"""

from __future__ import annotations

import gc
import importlib.util
import sys
import time
from datetime import datetime
from pathlib import Path

if importlib.util.find_spec("breachmodel") is None:  # running from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import attrs

from breachmodel.documents import register_rows
from breachmodel.processor import ProcessorIncident, assess_processor_incident, load_any

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "viamedis-almerys-processor.json"
AS_OF = datetime.fromisoformat("2024-02-02T12:00:00+01:00")
SIZES = (10, 100, 1000)


def scaled(base: ProcessorIncident, n: int) -> ProcessorIncident:
    """The example with ``n`` controllers, cycling through its insurers."""
    shares = []
    for i in range(n):
        share = base.controllers[i % len(base.controllers)]
        org = attrs.evolve(share.organisation, id=f"{share.organisation.id}-{i}")
        notices = tuple(
            attrs.evolve(x, by=org.id) if x.by == share.organisation.id else x
            for x in share.authority_notices
        )
        shares.append(attrs.evolve(share, organisation=org, authority_notices=notices))
    return attrs.evolve(base, controllers=tuple(shares))


def best_of(runs: int, fn: object, *, collect: bool = False) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        if not collect:
            gc.disable()
        try:
            start = time.perf_counter()
            fn()  # type: ignore[operator]
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def main() -> None:
    base = load_any(EXAMPLE)
    assert isinstance(base, ProcessorIncident)
    assess_processor_incident(base, as_of=AS_OF)  # warm caches (registry, calendars)
    per: dict[int, float] = {}
    print(
        f"{'controllers':>11} {'assess (s)':>11} {'ms/ctrl':>8} {'ratio':>6} "
        f"{'render ms/ctrl':>15} {'register ms/ctrl':>17} {'ms/ctrl, gc on':>15}"
    )
    for n in SIZES:
        pi = scaled(base, n)
        runs = 3

        def run(pi: ProcessorIncident = pi) -> object:
            return assess_processor_incident(pi, as_of=AS_OF)

        t_assess = best_of(runs, run)
        t_gc = best_of(runs, run, collect=True)
        pa = assess_processor_incident(pi, as_of=AS_OF)
        t_render = best_of(runs, pa.to_text)
        t_register = best_of(runs, lambda pi=pi: register_rows([pi], as_of=AS_OF))
        per[n] = t_assess / n
        print(
            f"{n:>11} {t_assess:>11.3f} {per[n] * 1e3:>8.3f} {per[n] / per[SIZES[0]]:>6.2f} "
            f"{t_render / n * 1e3:>15.3f} {t_register / n * 1e3:>17.3f} {t_gc / n * 1e3:>15.3f}"
        )
    print(
        "time per controller, 1000 vs 10: "
        f"{per[SIZES[-1]] / per[SIZES[0]]:.2f}x (linear growth keeps this near 1)"
    )


if __name__ == "__main__":
    main()
