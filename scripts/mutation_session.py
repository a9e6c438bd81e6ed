"""Helpers for scripts/mutation: skip annotation-only mutants, and score a session honestly.

    python scripts/mutation_session.py skip-equivalent SESSION.sqlite
    python scripts/mutation_session.py sample SESSION.sqlite N [SEED]
    python scripts/mutation_session.py score SESSION.sqlite
    python scripts/mutation_session.py reset-survivors SESSION.sqlite

``skip-equivalent`` marks as skipped two kinds of mutant that cannot change behaviour.
Annotations: every mutant that lies wholly inside a function's
parameter or return annotation, or a local variable's annotation, in a module that starts
with ``from __future__ import annotations``. Such annotations are stored as strings and
never evaluated by the rules (PEP 563), so the mutant (e.g. ``Authority | None`` turned
into ``Authority & None``) cannot change any behaviour. Class-body annotations are kept:
attrs and cattrs may resolve them. Identity: ``is`` turned into ``==`` and ``is not`` into
``!=``. In the rules and clocks every ``is`` compares with None, True, False or an enum
member (the other operand typed accordingly, under mypy --strict); for those, identity and
equality agree. (The reverse, ``==`` into ``is``, is kept: equal strings need not be
identical.) Skipping applies to every mutant of the session, run or not.

``sample`` keeps a uniform random sample of N of the remaining mutants (seeded, so a run can
be repeated) and marks the others as skipped, not sampled: the score of the sample estimates
the module's score, within the interval ``score`` prints.

``reset-survivors`` makes the surviving mutants pending again, so that ``cosmic-ray exec``
runs them (and only them) against new tests.

``score`` counts killed, surviving and skipped mutants and prints the score as killed /
(killed + surviving), skipped mutants left out (cr-report counts a skipped mutant as killed),
with a 95 % interval when the mutants are a sample, then the diff of every survivor. A
mutant whose tests time out is killed; one that cannot be run (incompetent) counts as killed.
"""

from __future__ import annotations

import ast
import math
import random
import sqlite3
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

try:
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkResult
except ImportError:  # without the `mutation` extra, annotation_spans still works
    pass

Span = tuple[tuple[int, int], tuple[int, int]]
ANNOTATION = "annotation only (never evaluated: from __future__ import annotations)"
IDENTITY = "`is` as `==`: the same for None, booleans and enum members"
IDENTITY_OPERATORS = frozenset(
    {"core/ReplaceComparisonOperator_Is_Eq", "core/ReplaceComparisonOperator_IsNot_NotEq"}
)
NOT_SAMPLED = "not in the sample"


def _char_col(line: str, byte_col: int) -> int:
    """A column in characters (as cosmic-ray counts), from ast's UTF-8 byte offset."""
    return len(line.encode("utf-8")[:byte_col].decode("utf-8", errors="ignore"))


def _span(node: ast.expr, lines: list[str]) -> Span:
    end_line = node.end_lineno or node.lineno
    end_col = node.end_col_offset or 0
    return (
        (node.lineno, _char_col(lines[node.lineno - 1], node.col_offset)),
        (end_line, _char_col(lines[end_line - 1], end_col)),
    )


def _function_annotations(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.expr]:
    args = func.args
    params = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
    found = [p.annotation for p in params if p is not None and p.annotation is not None]
    if func.returns is not None:
        found.append(func.returns)
    for node in ast.walk(func):
        if isinstance(node, ast.AnnAssign):
            found.append(node.annotation)
    return found


def annotation_spans(source: str) -> list[Span]:
    """Spans of the never-evaluated annotations of a module (none without PEP 563)."""
    tree = ast.parse(source)
    postponed = any(
        isinstance(node, ast.ImportFrom)
        and node.module == "__future__"
        and any(alias.name == "annotations" for alias in node.names)
        for node in tree.body
    )
    if not postponed:
        return []
    lines = source.splitlines()
    return [
        _span(annotation, lines)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for annotation in _function_annotations(node)
    ]


def _inside(mutation: Any, spans: dict[Path, list[Span]]) -> bool:
    path = Path(mutation.module_path)
    if path not in spans:
        spans[path] = annotation_spans(path.read_text(encoding="utf-8"))
    start, end = tuple(mutation.start_pos), tuple(mutation.end_pos)
    return any(a <= start and end <= b for a, b in spans[path])


def skip_equivalent(db: WorkDB) -> dict[str, int]:
    """Mark the mutants equivalent by construction as skipped; count them by reason."""
    spans: dict[Path, list[Span]] = {}
    counts = {ANNOTATION: 0, IDENTITY: 0}
    for item in db.work_items:
        if not item.mutations:
            continue
        if all(_inside(m, spans) for m in item.mutations):
            why = ANNOTATION
        elif all(m.operator_name in IDENTITY_OPERATORS for m in item.mutations):
            why = IDENTITY
        else:
            continue
        _skip(db, item.job_id, why)
        counts[why] += 1
    return counts


def _skip(db: WorkDB, job_id: str, why: str) -> None:
    db.set_result(job_id, WorkResult(worker_outcome=WorkerOutcome.SKIPPED, output=why))


def sample(db: WorkDB, size: int, seed: int) -> int:
    """Keep ``size`` pending mutants drawn at random; skip the others. Return how many run."""
    # Sorted by what the mutant is, not by its random job id: the same code, the same sample.
    pending = sorted(
        (str(m.operator_name), m.occurrence, item.job_id)
        for item in db.pending_work_items
        for m in item.mutations[:1]
    )
    draw = random.Random(seed)  # noqa: S311 - a reproducible sample, not a secret
    kept = {job_id for *_, job_id in draw.sample(pending, min(size, len(pending)))}
    for *_, job_id in pending:
        if job_id not in kept:
            _skip(db, job_id, NOT_SAMPLED)
    return len(kept)


def _interval(killed: int, run: int) -> str:
    """A 95 % Wilson interval for the score estimated from a sample, in percent."""
    z, p = 1.96, killed / run
    centre = (p + z * z / (2 * run)) / (1 + z * z / run)
    half = z * math.sqrt(p * (1 - p) / run + z * z / (4 * run * run)) / (1 + z * z / run)
    return f", 95 % interval {100 * (centre - half):.1f}-{100 * (centre + half):.1f} %"


def score(db: WorkDB) -> str:
    """The counts, the score without skipped mutants, and the survivors' diffs."""
    killed = surviving = annotations = identity = unsampled = 0
    survivors = []
    for item, result in db.completed_work_items:
        if result.worker_outcome is WorkerOutcome.SKIPPED:
            annotations += result.output == ANNOTATION
            identity += result.output == IDENTITY
            unsampled += result.output == NOT_SAMPLED
        elif result.test_outcome is TestOutcome.SURVIVED:
            surviving += 1
            survivors.append(f"--- job {item.job_id}\n{result.diff or ''}")
        else:
            killed += 1
    run = killed + surviving
    rate = f"{100 * killed / run:.1f} %" if run else "n/a"
    if run and unsampled:
        rate += _interval(killed, run)
    head = (
        f"mutants {db.num_work_items}: run {run}, killed {killed}, surviving {surviving}; "
        f"skipped {annotations} annotation-only, {identity} is-as-==, {unsampled} not sampled; "
        f"pending {db.num_work_items - db.num_results}; score {rate}"
    )
    return "\n".join([head, *survivors])


def reset_survivors(session: str) -> int:
    """Forget the results of the surviving mutants; return how many."""
    with closing(sqlite3.connect(session)) as db, db:
        return db.execute("DELETE FROM work_results WHERE test_outcome = 'SURVIVED'").rowcount


def main(argv: list[str]) -> int:
    """Run one command on one session."""
    if len(argv) < 2 or argv[0] not in {"skip-equivalent", "sample", "score", "reset-survivors"}:
        sys.stderr.write(__doc__ or "")
        return 2
    command, session = argv[0], argv[1]
    if command == "reset-survivors":
        sys.stdout.write(f"{reset_survivors(session)} surviving mutants to run again\n")
        return 0
    with use_db(session, WorkDB.Mode.open) as db:
        if command == "skip-equivalent":
            counts = skip_equivalent(db)
            sys.stdout.write(
                f"skipped {counts[ANNOTATION]} annotation-only, {counts[IDENTITY]} is-as-==\n"
            )
        elif command == "sample":
            seed = int(argv[3]) if len(argv) > 3 else 12
            sys.stdout.write(f"sampled {sample(db, int(argv[2]), seed)} mutants\n")
        else:
            sys.stdout.write(score(db) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
