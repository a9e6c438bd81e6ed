"""Assessment speed and memory: examples, VCDB throughput, end to end, processes, memory.

Run with ``python benchmarks/bench_assess.py [--vcdb PATH] [--only NAME ...]``; the VCDB
figures need ``../shared/data/vcdb/vcdb_validated.jsonl`` next to the repository (or
``--vcdb``). Prints figures and ratios; asserts nothing. The figures:

``examples``
    Latency of :func:`breachmodel.assess` on each incident in ``examples/`` (best of
    several runs, microseconds per call).
``throughput``
    Incidents per second for ``from_data`` (structure an incident file's data) plus
    ``assess``, over every VCDB incident (imported beforehand, outside the timing).
``end-to-end``
    Reading, importing and assessing the whole VCDB file with
    :func:`breachmodel.bulk.assess_file` on one process, as a ratio to ``json.loads`` of
    every line of the same bytes (goals: at most 4x end to end, 1.5x for the import),
    with the time split by stage. The runs are taken in turn, best of five each; then
    the first pass of a fresh process (its caches empty), as a single run sees it.
``processes``
    The same run with 2 processes: the speed-up over 1 (goal: at least 1.8x), and the
    CPU time of both (on a loaded machine the wall-clock speed-up cannot show).
``crossover``
    The cost of starting and stopping a pool of 2 warm workers against the cost of one
    record on one core: the input size from which 2 processes pay off.
``memory``
    Peak resident memory (``VmHWM`` of a fresh child process) for the whole VCDB run
    as a ratio to a run over its first 100 lines (goal: within 1.5x).

VCDB data: VERIS Community Database (VCDB), Verizon RISK Team,
https://github.com/vz-risk/VCDB, CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import resource
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from pathlib import Path

if importlib.util.find_spec("breachmodel") is None:  # running from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from breachmodel.assessment import assess
from breachmodel.bulk import assess_file, import_record, iter_records
from breachmodel.errors import InvalidIncidentError
from breachmodel.serialization import from_data, load, to_data

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_VCDB = ROOT.parent / "shared" / "data" / "vcdb" / "vcdb_validated.jsonl"


def _best(func: Callable[[], object], repeat: int = 5) -> float:
    """The best wall time of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_examples() -> None:
    print("== assess latency per example (best of 5 x 200 calls)")
    for path in sorted((ROOT / "examples").glob("*.json")):
        try:
            incident = load(path)
        except InvalidIncidentError:
            print(f"  {path.name}: not an incident file, skipped")
            continue
        runs = timeit.repeat(functools.partial(assess, incident), number=200, repeat=5)
        per_call = min(runs) / 200
        print(f"  {path.name:<36} {per_call * 1e6:8.0f} us")


def bench_throughput(vcdb: Path) -> None:
    print("== from_data + assess throughput over VCDB")
    datas = []
    for n, raw in iter_records(vcdb, "veris-jsonl"):
        incident = import_record("veris-jsonl", n, raw).incident
        if incident is not None:
            datas.append(to_data(incident))

    def run() -> None:
        for data in datas:
            assess(from_data(data))

    def structure_only() -> None:
        for data in datas:
            from_data(data)

    seconds = _best(run, 3)
    structuring = _best(structure_only, 3)
    print(
        f"  {len(datas):,} incidents in {seconds:.2f} s: {len(datas) / seconds:,.0f} incidents/s "
        f"({seconds / len(datas) * 1e6:.0f} us each, of which from_data "
        f"{structuring / len(datas) * 1e6:.0f} us)"
    )


def _json_loads_all(vcdb: Path) -> None:
    with vcdb.open("rb") as fh:
        for line in fh:
            json.loads(line)


def _import_all(vcdb: Path) -> None:
    for n, raw in iter_records(vcdb, "veris-jsonl"):
        import_record("veris-jsonl", n, raw)


def _assess_file(vcdb: Path, processes: int) -> int:
    return sum(1 for _ in assess_file(vcdb, format="veris-jsonl", processes=processes))


def _interleaved(
    runs: dict[str, Callable[[], object]], rounds: int
) -> tuple[dict[str, float], dict[str, float]]:
    """The best wall and CPU times of each run over ``rounds`` rounds, runs taken in turn.

    Taking the runs in turn, rather than each one's repeats together, spreads the load
    of a shared machine over all of them alike. The CPU time of this process is the
    steadier figure when other work competes for the cores.
    """
    wall = dict.fromkeys(runs, float("inf"))
    cpu = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for name, func in runs.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            func()
            wall[name] = min(wall[name], time.perf_counter() - start)
            cpu[name] = min(cpu[name], time.process_time() - start_cpu)
    return wall, cpu


def bench_end_to_end(vcdb: Path) -> None:
    print("== end to end (read + import + assess, 1 process) vs json.loads of the same bytes")
    _assess_file(vcdb, 1)  # warm caches (calendars, registry) as a long run would
    wall, cpu = _interleaved(
        {
            "loads": lambda: _json_loads_all(vcdb),
            "import": lambda: _import_all(vcdb),
            "whole": lambda: _assess_file(vcdb, 1),
        },
        rounds=5,
    )
    labels = {
        "loads": "json.loads of every line",
        "import": "read + decode + import",
        "whole": "read + import + assess (1 proc)",
    }
    print(f"  {'stage':<32} {'wall s':>7} {'ratio':>6} {'CPU s':>7} {'ratio':>6}")
    for name, label in labels.items():
        print(
            f"  {label:<32} {wall[name]:7.3f} {wall[name] / wall['loads']:6.2f} "
            f"{cpu[name]:7.3f} {cpu[name] / cpu['loads']:6.2f}"
        )
    for name, goal in (("whole", 4.0), ("import", 1.5)):
        ratio = cpu[name] / cpu["loads"]
        verdict = "meets" if ratio <= goal else "MISSES"
        print(f"  {labels[name]}: {ratio:.1f}x in CPU time ({verdict} the {goal}x goal)")
    first = min((_first_pass(vcdb) for _ in range(3)), key=lambda found: found[1])
    print(
        f"  first pass in a fresh process (caches empty, best of 3): json.loads {first[0]:.3f}, "
        f"read + import + assess {first[1]:.3f} CPU s: {first[1] / first[0]:.1f}x"
    )


def _first_pass(vcdb: Path) -> tuple[float, float]:
    """CPU seconds of ``json.loads`` and of one ``assess_file`` pass, in a fresh interpreter.

    The figures above are the best of several passes in one process, in which the bounded
    caches are warm from the pass before; a single run over a file never sees that.
    """
    code = (
        "import json, sys, time\n"
        "from breachmodel.bulk import assess_file\n"
        "start = time.process_time()\n"
        "for line in open(sys.argv[1], 'rb'):\n"
        "    json.loads(line)\n"
        "loads = time.process_time() - start\n"
        "start = time.process_time()\n"
        "n = sum(1 for _ in assess_file(sys.argv[1], format='veris-jsonl'))\n"
        "print(loads, time.process_time() - start)\n"
    )
    out = _in_fresh_process(code, vcdb)
    return float(out[0]), float(out[1])


def _in_fresh_process(code: str, path: Path) -> list[str]:
    """The words ``code`` prints, run in a fresh interpreter with ``path`` as its argument."""
    return subprocess.run(
        [sys.executable, "-c", code, str(path)], check=True, capture_output=True, text=True
    ).stdout.split()


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bench_processes(vcdb: Path) -> None:
    print("== speed-up with 2 processes (runs taken in turn)")
    wall = {1: float("inf"), 2: float("inf")}
    cpu = {1: float("inf"), 2: float("inf")}
    for _ in range(3):
        for processes in (1, 2):
            start, start_cpu = time.perf_counter(), _cpu_seconds()
            _assess_file(vcdb, processes)
            wall[processes] = min(wall[processes], time.perf_counter() - start)
            cpu[processes] = min(cpu[processes], _cpu_seconds() - start_cpu)
    verdict = "meets" if wall[1] / wall[2] >= 1.8 else "MISSES"
    print(
        f"  1 process {wall[1]:.2f} s, 2 processes {wall[2]:.2f} s: {wall[1] / wall[2]:.2f}x "
        f"({verdict} 1.8x); CPU time {cpu[1]:.2f} s and {cpu[2]:.2f} s "
        f"(the pool's overhead: {cpu[2] / cpu[1] - 1:+.0%})"
    )


def bench_crossover(vcdb: Path) -> None:
    """Where a pool of 2 warm workers pays for itself: its fixed cost vs a record's."""
    print("== pool crossover: starting and stopping 2 warm workers vs assessing records")
    from concurrent.futures import ProcessPoolExecutor

    from breachmodel.bulk import POOL_MIN_RECORDS, _warm_worker

    _warm_worker()
    with tempfile.TemporaryDirectory() as tmp:
        head = _head(vcdb, Path(tmp) / "head.jsonl", 1000)

        def pool() -> None:
            with ProcessPoolExecutor(max_workers=2, initializer=_warm_worker) as executor:
                for future in [executor.submit(len, [1]) for _ in range(2)]:
                    future.result()

        best, _ = _interleaved({"pool": pool, "records": lambda: _assess_file(head, 1)}, rounds=5)
    per_record = best["records"] / 1000
    crossover = 2 * best["pool"] / per_record
    print(
        f"  pool start and stop {best['pool'] * 1e3:.1f} ms, one record {per_record * 1e6:.0f} us: "
        f"2 processes pay off from about {crossover:.0f} records "
        f"(POOL_MIN_RECORDS = {POOL_MIN_RECORDS})"
    )


def _head(vcdb: Path, target: Path, lines: int) -> Path:
    with vcdb.open("rb") as src, target.open("wb") as dst:
        for _, line in zip(range(lines), src, strict=False):
            dst.write(line)
    return target


def _child_peak(path: Path) -> int:
    """Peak RSS in KiB of a fresh interpreter that streams ``path`` through assess_file.

    The child reads its own high-water mark (``VmHWM`` in ``/proc/self/status``, Linux):
    ``ru_maxrss`` would not do, as a child created by fork inherits its parent's peak.
    """
    code = (
        "import sys\n"
        "from breachmodel.bulk import assess_file\n"
        "n = sum(1 for _ in assess_file(sys.argv[1], format='veris-jsonl'))\n"
        "status = open('/proc/self/status').read().split('VmHWM:')[1]\n"
        "print(n, status.split()[0])\n"
    )
    return int(_in_fresh_process(code, path)[1])


def bench_memory(vcdb: Path) -> None:
    print("== peak memory: whole VCDB vs its first 100 lines (fresh processes)")
    with tempfile.TemporaryDirectory() as tmp:
        head = _head(vcdb, Path(tmp) / "head.jsonl", 100)
        small = whole = 1 << 62
        for _ in range(3):
            small = min(small, _child_peak(head))
            whole = min(whole, _child_peak(vcdb))
    verdict = "meets" if whole <= 1.5 * small else "MISSES"
    print(
        f"  100 incidents {small / 1024:.1f} MiB, all {whole / 1024:.1f} MiB: "
        f"{whole / small:.2f}x ({verdict} the 1.5x goal)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--vcdb", type=Path, default=DEFAULT_VCDB)
    names = ["examples", "throughput", "end-to-end", "processes", "crossover", "memory"]
    parser.add_argument("--only", nargs="*", choices=names, default=names)
    args = parser.parse_args()
    if "examples" in args.only:
        bench_examples()
    if not args.vcdb.exists():
        print(f"VCDB not found at {args.vcdb}: VCDB figures skipped")
        return
    if "throughput" in args.only:
        bench_throughput(args.vcdb)
    if "end-to-end" in args.only:
        bench_end_to_end(args.vcdb)
    if "processes" in args.only:
        bench_processes(args.vcdb)
    if "crossover" in args.only:
        bench_crossover(args.vcdb)
    if "memory" in args.only:
        bench_memory(args.vcdb)


if __name__ == "__main__":
    main()
