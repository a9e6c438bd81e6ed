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
    every line of the same bytes (goal: under 5x), with the time split by stage.
``processes``
    The same run with 2 processes: the speed-up over 1 (goal: at least 1.7x).
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


def bench_end_to_end(vcdb: Path) -> float:
    print("== end to end (read + import + assess, 1 process) vs json.loads of the same bytes")
    _assess_file(vcdb, 1)  # warm caches (calendars, registry) as a long run would
    loads = _best(lambda: _json_loads_all(vcdb))
    imported = _best(lambda: _import_all(vcdb), 3)
    whole = _best(lambda: _assess_file(vcdb, 1), 3)
    print(f"  json.loads of every line:        {loads:6.3f} s  (1.00x)")
    print(f"  read + json.loads + import:      {imported:6.3f} s  ({imported / loads:5.2f}x)")
    print(f"  read + import + assess (1 proc): {whole:6.3f} s  ({whole / loads:5.2f}x)")
    verdict = "meets" if whole <= 5 * loads else "MISSES"
    print(f"  end-to-end ratio {whole / loads:.1f}x ({verdict} the 5x goal)")
    return whole


def bench_processes(vcdb: Path) -> None:
    print("== speed-up with 2 processes")
    one = _best(lambda: _assess_file(vcdb, 1), 3)
    two = _best(lambda: _assess_file(vcdb, 2), 3)
    verdict = "meets" if one / two >= 1.7 else "MISSES"
    print(f"  1 process {one:.2f} s, 2 processes {two:.2f} s: {one / two:.2f}x ({verdict} 1.7x)")


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
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], check=True, capture_output=True, text=True
    ).stdout.split()
    return int(out[1])


def bench_memory(vcdb: Path) -> None:
    print("== peak memory: whole VCDB vs its first 100 lines (fresh processes)")
    with tempfile.TemporaryDirectory() as tmp:
        head = Path(tmp) / "head.jsonl"
        with vcdb.open("rb") as src, head.open("wb") as dst:
            for _, line in zip(range(100), src, strict=False):
                dst.write(line)
        small = min(_child_peak(head) for _ in range(3))
        whole = min(_child_peak(vcdb) for _ in range(3))
    verdict = "meets" if whole <= 1.5 * small else "MISSES"
    print(
        f"  100 incidents {small / 1024:.1f} MiB, all {whole / 1024:.1f} MiB: "
        f"{whole / small:.2f}x ({verdict} the 1.5x goal)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--vcdb", type=Path, default=DEFAULT_VCDB)
    names = ["examples", "throughput", "end-to-end", "processes", "memory"]
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
    if "memory" in args.only:
        bench_memory(args.vcdb)


if __name__ == "__main__":
    main()
