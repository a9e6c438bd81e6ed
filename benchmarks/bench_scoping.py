"""Scoping a member table of the reference case's size, against DuckDB's own floor.

Run with ``python benchmarks/bench_scoping.py`` (33 million rows; the table is generated
once into a temporary folder, never the repository) or ``--rows 200000`` for a quick run.
Each figure comes from a fresh process, so its peak memory (``VmHWM``) is its own:

``floor GROUP BY``
    DuckDB's own ``GROUP BY`` over the same file and the same dimensions, hand-written
    (controller, kind, country, state, the four exposed-element flags, minor, address,
    e-mail, language): what counting costs with no validation at all;
``scope counts``
    :func:`breachmodel.scoping.count_people`: the duplicate check, every validation,
    the merge of duplicates when there are any, and the aggregate (goal: within 2x of the
    floor);
``scope counts, ids declared unique``
    the same with the mapping's ``unique_ids = true`` (a table keyed on controller and
    person id): every validation and the aggregate, without the duplicate screen;
``floor Parquet write``
    DuckDB writing the table's rows to Parquet, partitioned by controller;
``scope manifest``
    writing the manifest for the same people (one row per person and duty; goal: within
    3x of the floor write);
``pandas``
    the counts in pandas (read the Parquet file, derive the same columns, ``groupby``),
    on ``--pandas-rows`` rows, with DuckDB's scope counts on the same rows beside it;
``spark``
    the scope counts on Spark in local mode, on ``--spark-rows`` rows, against DuckDB on
    the same rows.

DuckDB runs with ``--threads`` threads and ``--memory-limit`` (it spills to disk beyond
it); the table is never loaded into Python objects. Asserts nothing. ``--json`` prints the
figures as JSON.

On a shared machine, ``--repeat N`` runs every figure N times, the figures taken in turn
(floor, counts, floor, counts...), and keeps each one's best; each figure also gives its
process's CPU time (every DuckDB thread's), which other people's work disturbs less than
the wall time. ``--only counts`` leaves out the Parquet writes and the manifest.
``--baseline SRC`` times the counts (and the manifest) of the library in another source
tree too, taken in turn with this one's: a before-and-after in one run.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs

if importlib.util.find_spec("breachmodel") is None:  # running from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from breachmodel.scoping.synthetic import SYNTHETIC_MAPPING, write_synthetic_members

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "viamedis-almerys-processor.json"
ON = date(2024, 2, 2)
AS_OF = datetime(2024, 2, 2, 12, tzinfo=timezone(timedelta(hours=1)))
CUTOFF = "2006-02-02"  # 18 years before ON: born after it = minor
FLOOR_SQL = f"""
SELECT insurer, kind, country, state, identity_exposed, birth_date_exposed, nir_exposed,
       contract_exposed, birth_date > DATE '{CUTOFF}' AS minor, has_address,
       email IS NOT NULL AS has_email, language, COUNT(*) AS people
FROM read_parquet('{{table}}')
GROUP BY ALL
"""


Timing = tuple[float, float]
"""Wall seconds and CPU seconds (every thread of the process) over the same span."""


def _now() -> Timing:
    return time.perf_counter(), time.process_time()


def _since(start: Timing) -> Timing:
    wall, cpu = _now()
    return wall - start[0], cpu - start[1]


def _peak_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _duckdb(args: argparse.Namespace) -> Any:
    from breachmodel.scoping import DuckDBEngine

    return DuckDBEngine(threads=args.threads, memory_limit=args.memory_limit)


def _child_floor_groupby(args: argparse.Namespace) -> Timing:
    engine = _duckdb(args)
    start = _now()
    engine.rows(FLOOR_SQL.format(table=args.table))
    return _since(start)


def _child_scope_counts(args: argparse.Namespace, *, unique_ids: bool = False) -> Timing:
    from breachmodel.scoping import count_people

    engine = _duckdb(args)
    mapping = attrs.evolve(SYNTHETIC_MAPPING, unique_ids=True) if unique_ids else SYNTHETIC_MAPPING
    start = _now()
    count_people(args.table, mapping, on=ON, engine=engine)
    return _since(start)


def _child_scope_counts_keyed(args: argparse.Namespace) -> Timing:
    return _child_scope_counts(args, unique_ids=True)


def _child_floor_write(args: argparse.Namespace) -> Timing:
    engine = _duckdb(args)
    out = Path(args.out) / "floor"
    start = _now()
    engine.con.execute(
        f"COPY (SELECT * FROM read_parquet('{args.table}')) TO '{out}' "
        "(FORMAT PARQUET, PARTITION_BY (insurer), OVERWRITE_OR_IGNORE)"
    )
    return _since(start)


def _obligations() -> Any:
    from breachmodel.processor import ProcessorIncident, assess_processor_incident, load_any
    from breachmodel.scoping import assessments_by_controller, obligation_rows

    pi = load_any(str(EXAMPLE))
    assert isinstance(pi, ProcessorIncident)
    share = pi.controllers[0]  # every synthetic insurer gets the first insurer's duties
    rows = obligation_rows(assessments_by_controller(assess_processor_incident(pi, as_of=AS_OF)))
    mine = [r for r in rows if r.controller_id == share.organisation.id]
    return [attrs.evolve(r, controller_id=f"insurer-{k:02d}") for k in range(1, 41) for r in mine]


def _child_scope_manifest(args: argparse.Namespace) -> Timing:
    from breachmodel.scoping._count import prepare
    from breachmodel.scoping._manifest import write_manifest_rows

    obligations = _obligations()
    engine = _duckdb(args)
    start = _now()
    query = prepare(engine, args.table, SYNTHETIC_MAPPING, on=ON)
    write_manifest_rows(engine, query, obligations, Path(args.out) / "manifest")
    return _since(start)


def _child_pandas(args: argparse.Namespace) -> Timing:
    import pandas as pd

    start = _now()
    if importlib.util.find_spec("pyarrow") is not None:
        df = pd.read_parquet(args.table)
    else:  # load through DuckDB when pyarrow is missing
        df = _duckdb(args).con.execute(f"SELECT * FROM read_parquet('{args.table}')").df()
    df["minor"] = pd.to_datetime(df["birth_date"]) > pd.Timestamp(CUTOFF)
    df["has_email"] = df["email"].notna()
    dup = df.duplicated(["insurer", "member_id"]).sum()
    dims = [
        "insurer", "kind", "country", "state", "identity_exposed", "birth_date_exposed",
        "nir_exposed", "contract_exposed", "minor", "has_address", "has_email", "language",
    ]  # fmt: skip
    counts = df.groupby(dims, dropna=False).size()
    assert len(counts) > 0
    assert dup >= 0
    return _since(start)


def _child_spark(args: argparse.Namespace) -> Timing:
    from breachmodel.scoping import SparkEngine, count_people

    engine = SparkEngine(master=f"local[{args.threads}]")
    start = _now()
    count_people(args.table, SYNTHETIC_MAPPING, on=ON, engine=engine)
    seconds = _since(start)
    engine.close()
    return seconds


CHILDREN: dict[str, Any] = {
    "floor_groupby": _child_floor_groupby,
    "scope_counts": _child_scope_counts,
    "scope_counts_keyed": _child_scope_counts_keyed,
    "floor_write": _child_floor_write,
    "scope_manifest": _child_scope_manifest,
    "pandas": _child_pandas,
    "spark": _child_spark,
}


def _run(
    kind: str, table: Path, args: argparse.Namespace, out: Path, src: str | None = None
) -> dict[str, float]:
    """One figure in a fresh process; ``src``: the source tree of the library to time."""
    cmd = [
        sys.executable, __file__, "--child", kind, "--table", str(table), "--out", str(out),
        "--threads", str(args.threads), "--memory-limit", args.memory_limit,
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": src} if src else None
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    figures: dict[str, float] = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            figures.update(json.loads(line))
    return figures


def _best(runs: list[dict[str, float]]) -> dict[str, float]:
    """The best of repeated runs: least wall time, least CPU time, most memory."""
    best = dict(min(runs, key=lambda r: r["seconds"]))
    best["cpu_seconds"] = min(r["cpu_seconds"] for r in runs)
    best["peak_mib"] = max(r["peak_mib"] for r in runs)
    best["runs"] = len(runs)
    return best


Figure = tuple[str, str, Path, str | None]
"""A figure's name, its child, its table, and the library's source tree (None: this one)."""


def _in_turn(
    figures: list[Figure], args: argparse.Namespace, out: Path
) -> dict[str, dict[str, float]]:
    """Run each figure ``--repeat`` times, taken in turn; keep the best of each."""
    runs: dict[str, list[dict[str, float]]] = {name: [] for name, *_rest in figures}
    for _ in range(max(1, args.repeat)):
        for name, kind, table, src in figures:
            runs[name].append(_run(kind, table, args, out, src))
    return {name: _best(found) for name, found in runs.items()}


def _table(folder: Path, rows: int) -> Path:
    path = folder / f"members-{rows}.parquet"
    if not path.exists():
        start = time.perf_counter()
        write_synthetic_members(path, rows, seed=2024)
        print(f"generated {rows:,} rows in {time.perf_counter() - start:.1f} s: {path}")
    return path


def _measure(args: argparse.Namespace) -> dict[str, Any]:
    folder = Path(args.data or Path(tempfile.gettempdir()) / "breachmodel-bench")
    folder.mkdir(parents=True, exist_ok=True)
    out = Path(tempfile.mkdtemp(dir=folder))
    results: dict[str, Any] = {"rows": args.rows}
    table = _table(folder, args.rows)
    counts = ("floor_groupby", "scope_counts", "scope_counts_keyed")
    figures: list[Figure] = [(k, k, table, None) for k in counts]
    if args.baseline:
        figures += [("baseline_counts", "scope_counts", table, args.baseline)]
    if args.only != "counts":
        figures += [(k, k, table, None) for k in ("floor_write", "scope_manifest")]
        if args.baseline:
            figures += [("baseline_manifest", "scope_manifest", table, args.baseline)]
    results.update(_in_turn(figures, args, out))
    if args.pandas_rows:
        small = _table(folder, args.pandas_rows)
        pair: list[Figure] = [("pandas", "pandas", small, None)]
        pair += [("pandas_duckdb", "scope_counts", small, None)]
        results.update(_in_turn(pair, args, out))
    if args.spark_rows:
        small = _table(folder, args.spark_rows)
        pair = [("spark", "spark", small, None), ("spark_duckdb", "scope_counts", small, None)]
        results.update(_in_turn(pair, args, out))
    return results


def _ratio(results: dict[str, Any], a: str, b: str, key: str = "seconds") -> str:
    return f"{results[a][key] / results[b][key]:.2f}x"


def _report(r: dict[str, Any]) -> None:
    print(f"{r['rows']:,} rows (best of {r['floor_groupby']['runs']})")
    print("| figure | s | ratio | CPU s | CPU ratio | peak MiB |")
    print("|---|---:|---:|---:|---:|---:|")
    lines = [
        ("floor GROUP BY", "floor_groupby", "floor_groupby"),
        ("scope counts", "scope_counts", "floor_groupby"),
        ("scope counts, ids declared unique", "scope_counts_keyed", "floor_groupby"),
    ]
    if "baseline_counts" in r:
        lines += [("scope counts (baseline)", "baseline_counts", "floor_groupby")]
    if "floor_write" in r:
        lines += [("floor Parquet write", "floor_write", "floor_write")]
        lines += [("scope manifest", "scope_manifest", "floor_write")]
    if "baseline_manifest" in r:
        lines += [("scope manifest (baseline)", "baseline_manifest", "floor_write")]
    if "pandas" in r:
        lines += [("pandas counts (slice)", "pandas", "pandas_duckdb")]
        lines += [("scope counts (same slice)", "pandas_duckdb", "pandas_duckdb")]
    if "spark" in r:
        lines += [("Spark local counts (slice)", "spark", "spark_duckdb")]
        lines += [("DuckDB counts (same slice)", "spark_duckdb", "spark_duckdb")]
    for label, key, base in lines:
        f = r[key]
        print(
            f"| {label} | {f['seconds']:.2f} | {_ratio(r, key, base)} | {f['cpu_seconds']:.2f} "
            f"| {_ratio(r, key, base, 'cpu_seconds')} | {f['peak_mib']:.0f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=33_000_000)
    parser.add_argument("--pandas-rows", type=int, default=3_000_000, help="0 skips pandas")
    parser.add_argument("--spark-rows", type=int, default=1_000_000, help="0 skips Spark")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--memory-limit", default="3GB")
    parser.add_argument("--data", default=None, help="folder for the generated tables")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each figure, in turn")
    parser.add_argument("--only", choices=("all", "counts"), default="all")
    parser.add_argument(
        "--baseline", help="another source tree (its src folder) to time beside this one"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", choices=CHILDREN, help=argparse.SUPPRESS)
    parser.add_argument("--table", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        seconds, cpu = CHILDREN[args.child](args)
        print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "peak_mib": _peak_mib()}))
        return
    results = _measure(args)
    if args.json:
        print(json.dumps(results))
    else:
        _report(results)


if __name__ == "__main__":
    main()
