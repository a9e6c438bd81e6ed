"""Helpers for scripts/mutation: skip annotation-only mutants, and score a session honestly.

    python scripts/mutation_session.py skip-annotations SESSION.sqlite
    python scripts/mutation_session.py score SESSION.sqlite

``skip-annotations`` marks as skipped every mutant that lies wholly inside a function's
parameter or return annotation, or a local variable's annotation, in a module that starts
with ``from __future__ import annotations``. Such annotations are stored as strings and
never evaluated by the rules (PEP 563), so the mutant (e.g. ``Authority | None`` turned
into ``Authority & None``) cannot change any behaviour. Class-body annotations are kept:
attrs and cattrs may resolve them.

``score`` counts killed, surviving, skipped and incompetent mutants and prints the score as
killed / (killed + surviving), skipped mutants left out (cr-report counts a skipped mutant
as killed), then the diff of every survivor.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from cosmic_ray.work_db import WorkDB, use_db
from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkResult

Span = tuple[tuple[int, int], tuple[int, int]]


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


def skip_annotations(db: WorkDB) -> int:
    """Mark annotation-only mutants as skipped; return how many."""
    spans: dict[Path, list[Span]] = {}
    skipped = 0
    for item in db.pending_work_items:
        inside = []
        for mutation in item.mutations:
            path = Path(mutation.module_path)
            if path not in spans:
                spans[path] = annotation_spans(path.read_text(encoding="utf-8"))
            start, end = tuple(mutation.start_pos), tuple(mutation.end_pos)
            inside.append(any(a <= start and end <= b for a, b in spans[path]))
        if inside and all(inside):
            note = "annotation only (never evaluated: from __future__ import annotations)"
            db.set_result(
                item.job_id, WorkResult(worker_outcome=WorkerOutcome.SKIPPED, output=note)
            )
            skipped += 1
    return skipped


def score(db: WorkDB) -> str:
    """The counts, the score without skipped mutants, and the survivors' diffs."""
    killed = surviving = skipped = incompetent = 0
    survivors = []
    for item, result in db.completed_work_items:
        if result.worker_outcome is WorkerOutcome.SKIPPED:
            skipped += 1
        elif result.test_outcome is TestOutcome.SURVIVED:
            surviving += 1
            survivors.append(f"--- job {item.job_id}\n{result.diff or ''}")
        elif result.test_outcome is TestOutcome.INCOMPETENT:
            incompetent += 1
        else:
            killed += 1
    counted = killed + incompetent + surviving
    rate = 100 * (killed + incompetent) / counted if counted else 0.0
    pending = db.num_work_items - db.num_results
    head = (
        f"mutants {db.num_work_items}: killed {killed}, incompetent {incompetent}, "
        f"surviving {surviving}, skipped {skipped} (annotations), pending {pending}; "
        f"score {rate:.1f} % (killed and incompetent of those run)"
    )
    return "\n".join([head, *survivors])


def main(argv: list[str]) -> int:
    """Run one command on one session."""
    if len(argv) != 2 or argv[0] not in {"skip-annotations", "score"}:
        sys.stderr.write(__doc__ or "")
        return 2
    command, session = argv
    with use_db(session, WorkDB.Mode.open) as db:
        if command == "skip-annotations":
            sys.stdout.write(f"skipped {skip_annotations(db)} annotation-only mutants\n")
        else:
            sys.stdout.write(score(db) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
