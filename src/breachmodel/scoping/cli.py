"""``breachmodel scope INCIDENT PEOPLE --mapping MAPPING.toml --out DIR``.

Counts the member table, puts the exact counts into the incident, assesses it, and writes
into DIR:

``summary.json``
    per controller: people by country, minors, people without an address or any channel,
    problems by reason, the manifest's letters; and the controllers the table and the
    incident do not share;
``counts.csv``
    every count row (controller x kind x country x subdivision x elements x minor x
    channel x language);
``incident-scoped.json``
    the incident file with exact counts in place of the estimates;
``manifest/``
    the notification manifest as Parquet, one ``controller_id=...`` folder per controller
    (``manifest-csv/`` too with ``--csv``).

A summary goes to standard output; on a terminal, progress goes to standard error.
Exit status: 0 done, 1 invalid incident, mapping or table, 2 usage error.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from breachmodel._cli_support import display_name, read_record
from breachmodel.bulk_cli import parse_as_of
from breachmodel.errors import BreachModelError
from breachmodel.processor import dumps_any
from breachmodel.sanitize import csv_cell, dumps_json, one_line
from breachmodel.scoping._engines import ENGINES
from breachmodel.scoping._manifest import assessments_by_controller, public_notices
from breachmodel.scoping._mapping import load_mapping
from breachmodel.scoping._pipeline import scope_incident
from breachmodel.scoping._result import ControllerCounts, Scope, issue_words
from breachmodel.scoping._sql import AGGREGATE_DIMS

__all__ = ["MARKER", "add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``scope`` command's arguments."""
    parser.add_argument(
        "incident", metavar="INCIDENT", help="the incident or processor incident file"
    )
    parser.add_argument(
        "people", metavar="PEOPLE", help="the member table (Parquet, CSV, JSON Lines)"
    )
    parser.add_argument("--mapping", required=True, metavar="TOML", help="the column mapping")
    parser.add_argument(
        "-o", "--out", "--output", dest="out", required=True, metavar="DIR", help="output folder"
    )
    parser.add_argument("--engine", choices=ENGINES, default="duckdb", help="default: duckdb")
    parser.add_argument(
        "--as-of",
        required=True,
        metavar="INSTANT",
        help="ISO 8601 instant with a UTC offset: deadlines are judged at it and minors "
        "counted on its date (the clock is never read)",
    )
    parser.add_argument("--adult-age", type=int, default=18, metavar="N", help="default: 18")
    parser.add_argument("--csv", action="store_true", help="also write the manifest as CSV")


def _progress(enabled: bool) -> Callable[[str], None]:
    start = time.monotonic()
    step = [0]

    def say(message: str) -> None:
        step[0] += 1
        if enabled:
            sys.stderr.write(f"[{time.monotonic() - start:6.1f}s] {step[0]}. {message}...\n")
            sys.stderr.flush()

    return say


def _fail(message: str, status: int = 1) -> int:
    sys.stderr.write(one_line(f"breachmodel scope: error: {message}") + "\n")
    return status


def run(args: argparse.Namespace) -> int:
    """Run ``breachmodel scope``."""
    try:
        as_of = parse_as_of(args.as_of)
    except ValueError as exc:
        return _fail(str(exc), 2)
    record, problems = read_record(args.incident)
    if record is None:
        for problem in problems:
            sys.stdout.write(one_line(f"{display_name(args.incident)}: {problem}") + "\n")
        return 1
    try:
        return _scope(args, record, as_of)
    except BreachModelError as exc:
        return _fail(str(exc))


MARKER = "_SUCCESS"
"""The empty file that says the folder holds one whole run's output, written last."""

_PRODUCTS = ("manifest", "manifest-csv", "incident-scoped.json", "counts.csv", "summary.json")
"""What a run writes into the output folder (and replaces there)."""


def _scope(args: argparse.Namespace, record: Any, as_of: Any) -> int:
    mapping = load_mapping(args.mapping)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        return _fail(f"--out {args.out} is a file; give a folder", 2)
    clash = _overwritten_input(args, out)
    if clash is not None:
        return _fail(f"--out {args.out} would replace the input {clash}; choose another folder", 2)
    out.mkdir(parents=True, exist_ok=True)
    say = _progress(sys.stderr.isatty())
    with _staged(out) as stage:
        result = scope_incident(
            record,
            args.people,
            mapping,
            as_of=as_of,
            out=stage,
            engine=args.engine,
            adult_age=args.adult_age,
            formats=("parquet", "csv") if args.csv else ("parquet",),
            progress=say,
        )
        (stage / "incident-scoped.json").write_text(dumps_any(result.incident), encoding="utf-8")
        (stage / "counts.csv").write_text(_counts_csv(result.scope), encoding="utf-8")
        (stage / "summary.json").write_text(
            dumps_json(_summary(result), indent=2) + "\n", encoding="utf-8"
        )
        _publish(stage, out)
    sys.stdout.write(_text(result, out))
    return 0


def _overwritten_input(args: argparse.Namespace, out: Path) -> str | None:
    """The input file that a product of the run would replace, or None."""
    for name in (args.incident, args.people, args.mapping):
        path = Path(name).resolve()
        for product in _PRODUCTS:
            if path == (out / product).resolve() or (out / product).resolve() in path.parents:
                return str(name)
    return None


@contextmanager
def _staged(out: Path) -> Iterator[Path]:
    """A hidden folder in ``out`` where the run writes; removed whatever happens.

    An interrupted run (Ctrl-C, SIGTERM, an error) therefore leaves ``out`` as it was:
    no half-written manifest, no summary of a run that did not finish.
    """
    stage = Path(tempfile.mkdtemp(dir=out, prefix=".partial-"))
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _publish(stage: Path, out: Path) -> None:
    """Move a whole run from ``stage`` into ``out``, replacing the previous run's output.

    The marker goes first and comes back last: while the products are being swapped
    (a few renames), ``out`` holds no :data:`MARKER`, and a product of an earlier run
    that this one did not write (``manifest-csv/`` without ``--csv``) is removed.
    """
    (out / MARKER).unlink(missing_ok=True)
    for name in _PRODUCTS:
        old, new = out / name, stage / name
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink(missing_ok=True)
        if new.exists():
            os.replace(new, old)
    (out / MARKER).write_bytes(b"")


_COUNT_COLUMNS = (
    *AGGREGATE_DIMS,
    "people",
    "rows",
    "rejected_rows",
    "duplicate_rows",
    "issues",
)


def _cell(value: Any) -> Any:
    if isinstance(value, tuple):
        items = (f"{v[0]}={v[1]}" if isinstance(v, tuple) else str(v) for v in value)
        return csv_cell(";".join(items))
    if isinstance(value, bool):
        return "true" if value else "false"
    return csv_cell(value)


def _counts_csv(scope: Scope) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(_COUNT_COLUMNS)
    for r in scope.rows:
        w.writerow([_cell(getattr(r, c)) for c in _COUNT_COLUMNS])
    return buf.getvalue()


def _controller(c: ControllerCounts, scope: Scope, result: Any) -> dict[str, Any]:
    letters = result.manifest.letters_of(c.controller_id) if result.manifest else {}
    public = public_notices(assessments_by_controller(result.assessment))
    return {
        "controller_id": c.controller_id,
        "people": c.people,
        "by_country": dict(c.by_country),
        "minors": c.minors,
        "minors_unknown": c.minors_unknown,
        "without_address": c.without_address,
        "without_channel": c.without_channel,
        "rows": c.rows,
        "problems": scope.issues(c.controller_id),
        "letters": [
            {"obligation": o, "letter_kind": k, "channel": ch, "people": n}
            for (o, k, ch), n in sorted(letters.items())
        ],
        "public_communications": list(public.get(c.controller_id or "", ())),
    }


def _summary(result: Any) -> dict[str, Any]:
    scope = result.scope
    return {
        "source": scope.source,
        "engine": scope.engine,
        "minors_counted_on": scope.on.isoformat(),
        "adult_age": scope.adult_age,
        "rows": scope.total_rows(),
        "people": scope.people(),
        "duplicates_checked": scope.duplicates_checked,
        "problems": scope.issues(),
        "problem_meanings": {k: issue_words()[k] for k in scope.issues()},
        "controllers": [_controller(c, scope, result) for c in scope.table()],
        "unknown_controllers": list(result.unknown_controllers),
        "unscoped_controllers": list(result.unscoped_controllers),
        "manifest_rows": result.manifest.rows if result.manifest else None,
    }


def _text(result: Any, out: Path) -> str:
    scope = result.scope
    lines = [
        f"Scoped {scope.total_rows():,} rows of {scope.source} with {scope.engine}: "
        f"{scope.people():,} people, minors counted on {scope.on.isoformat()}.",
        *(scope.to_text().splitlines()),
    ]
    lines += [f"  {n:,} {issue_words()[k]}" for k, n in scope.issues().items()]
    public = public_notices(assessments_by_controller(result.assessment))
    lines += [f"{c}: public communication: {', '.join(keys)}" for c, keys in public.items()]
    if result.unknown_controllers:
        lines.append(
            "Not in the incident (counted, no letters): " + ", ".join(result.unknown_controllers)
        )
    if result.unscoped_controllers:
        lines.append("Not in the table (estimates kept): " + ", ".join(result.unscoped_controllers))
    lines += [f"Manifest: {m.rows:,} rows in {out / Path(m.path).name}" for m in result.manifests]
    return "".join(one_line(line) + "\n" for line in lines)
