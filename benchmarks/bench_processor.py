"""Cost of assessing a processor incident as the number of controllers grows.

Run with ``python benchmarks/bench_processor.py``. Builds processor incidents with 10,
100 and 1,000 controllers (copies of the Viamedis/Almerys example's insurers with new
ids), assesses each, and prints the time per controller and its ratio to the 10-controller
case. Linear growth means a roughly constant time per controller (ratios near 1).
Also times the summary rendering and the register. Asserts nothing.

``--output`` measures the JSON output instead: for 100 and 10,000 controllers (or the
sizes given with ``--controllers``), the time to assess and write the JSON as the command
line does (controller by controller, to a null device) against the assessment alone
(goal: at most 1.5x at 10,000), and the peak memory of a fresh process doing it
(``VmHWM``; goal: 10,000 controllers within 1.5x of 100). The runs are taken in turn,
best of 2; the ratio is of the process's CPU time, which other work on a shared
machine disturbs far less than wall time (also shown, with the load average).

Like :mod:`timeit`, the main figures are taken with the cyclic garbage collector paused:
with it running, the time per controller drifts up a little as the number of live
result objects grows (the collector rescans them), which is the interpreter's cost, not
the algorithm's. The last column shows that figure with the collector on.
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import _checkout  # noqa: F401 - puts the checkout's src on the path first
import attrs

from breachmodel.documents import register_rows
from breachmodel.processor import (
    ProcessorIncident,
    assess_processor_incident,
    load_any,
    stream_processor_assessment,
)

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


def _json_out(pi: ProcessorIncident) -> None:
    with open(os.devnull, "w", encoding="utf-8") as sink:  # the output's cost, not a disk's
        stream_processor_assessment(pi, sink, "json", as_of=AS_OF)


_PEAK = """
import sys
sys.path.insert(0, sys.argv[1])
from bench_processor import EXAMPLE, _json_out, load_any, scaled
pi = scaled(load_any(EXAMPLE), int(sys.argv[2]))
before = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
_json_out(pi)
after = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
print(before, after)
"""


def _peak_kib(n: int) -> tuple[int, int]:
    """Peak memory (KiB) of a fresh process after building ``n`` controllers, and at the end."""
    here = str(Path(__file__).resolve().parent)
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, here, str(n)], check=True, capture_output=True, text=True
    ).stdout.split()
    return int(out[0]), int(out[1])


def bench_output(sizes: tuple[int, int] = (100, 10_000)) -> None:
    base = load_any(EXAMPLE)
    assert isinstance(base, ProcessorIncident)
    _json_out(base)  # warm
    large = scaled(base, sizes[1])
    runs: dict[str, Callable[[], object]] = {
        "assess": lambda: assess_processor_incident(large, as_of=AS_OF),
        "json": lambda: _json_out(large),
    }
    best = dict.fromkeys(runs, float("inf"))
    cpu = dict.fromkeys(runs, float("inf"))
    for _ in range(2):
        for name, run in runs.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            run()
            cpu[name] = min(cpu[name], time.process_time() - start_cpu)
            best[name] = min(best[name], time.perf_counter() - start)
    ratio = cpu["json"] / cpu["assess"]
    verdict = "meets" if ratio <= 1.5 else "MISSES"
    print(
        f"{sizes[1]:,} controllers, CPU time: assess {cpu['assess']:.2f} s, assess + JSON "
        f"written {cpu['json']:.2f} s: {ratio:.2f}x ({verdict} the 1.5x goal); wall time "
        f"{best['assess']:.2f} and {best['json']:.2f} s: {best['json'] / best['assess']:.2f}x; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    peaks = dict.fromkeys(sizes, (1 << 62, 1 << 62))
    for _ in range(2):
        for n in sizes:
            built, end = _peak_kib(n)
            peaks[n] = (min(peaks[n][0], built), min(peaks[n][1], end))
    (s0, s1), (l0, l1) = peaks[sizes[0]], peaks[sizes[1]]
    verdict = "meets" if l1 <= 1.5 * s1 else "MISSES"
    print(
        f"peak memory, {sizes[0]:,} controllers {s1 / 1024:.1f} MiB, {sizes[1]:,} "
        f"{l1 / 1024:.1f} MiB: {l1 / s1:.2f}x ({verdict} the 1.5x goal); of which the "
        f"input incident, built before: {s0 / 1024:.1f} and {l0 / 1024:.1f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--output", action="store_true", help="measure the JSON output")
    parser.add_argument(
        "--controllers",
        type=int,
        nargs="+",
        default=[10_000],
        help="with --output: the sizes compared with 100 controllers (default 10000)",
    )
    args = parser.parse_args()
    if args.output:
        for n in args.controllers:
            bench_output((100, n))
        return
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
