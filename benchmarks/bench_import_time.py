"""Import time of ``breachmodel`` as a ratio to importing attrs, cattrs and dateutil alone.

Run with ``python benchmarks/bench_import_time.py``. Each figure is the best of several
fresh interpreters (``python -c "import ..."``) minus the cost of an interpreter that
imports nothing; asserts nothing. Bytecode caching is switched on for the children (and
warmed by a first run) even where ``PYTHONDONTWRITEBYTECODE`` is set, as for an installed
package: otherwise every run would compile breachmodel's sources again.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

REPEAT = 15
CASES = {
    "nothing (interpreter start)": "pass",
    "attrs, cattrs, dateutil (the baseline)": "import attrs, cattrs, dateutil.relativedelta",
    "attrs, cattrs, dateutil, holidays": (
        "import attrs, cattrs, dateutil.relativedelta, dateutil.parser, holidays"
    ),
    "import breachmodel": "import breachmodel",
    "import breachmodel.importers": "import breachmodel.importers",
    "import breachmodel.bulk": "import breachmodel.bulk",
    "breachmodel.assess ready (rules loaded)": "import breachmodel; breachmodel.assess",
    "import, load an example, assess it": (
        "import breachmodel; breachmodel.assess(breachmodel.load('examples/viamedis-almerys.json'))"
    ),
}


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def best_of(code: str) -> float:
    subprocess.run([sys.executable, "-c", code], check=True, env=ENV)  # warm .pyc files
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=ENV)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    costs = {name: best_of(code) for name, code in CASES.items()}
    base = costs.pop("nothing (interpreter start)")
    deps = costs["attrs, cattrs, dateutil (the baseline)"] - base
    width = max(len(n) for n in costs)
    print(f"interpreter start: {base * 1000:.1f} ms (subtracted below)")
    print(f"{'case':<{width}}  ms     x deps")
    for name, cost in costs.items():
        net = cost - base
        print(f"{name:<{width}}  {net * 1000:5.1f}  {net / deps:6.2f}")


if __name__ == "__main__":
    main()
