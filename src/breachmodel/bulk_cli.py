"""The bulk form of ``breachmodel assess``: many incidents from one JSONL or CSV file.

``breachmodel assess FILE.jsonl|FILE.csv [options]`` reads incident files one per line
(``--input-format incident``), VERIS records one per line (``veris``) or the HHS breach
portal's CSV export (``hhs``), assesses each incident, and writes one row per incident
(``--format jsonl`` or ``csv``) to standard output or ``--output``. A progress bar shows
on standard error when it is a terminal (never in pipes or with ``--no-progress``). A
summary (counts by status, outcome, risk level and data category; import failures) goes
to standard error at the end.

Exit status: 0 when every record was imported, 1 when some record failed (each failure
is a row naming the record and the field) or the file cannot be read, 2 for a usage
error. Wire it into a parser with :func:`add_arguments` and :func:`run`, or run it alone
with ``python -m breachmodel.bulk_cli``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from breachmodel.bulk import Format

__all__ = ["INPUT_FORMATS", "add_arguments", "main", "parse_as_of", "run"]

INPUT_FORMATS: dict[str, Format] = {
    "incident": "incident-jsonl",
    "veris": "veris-jsonl",
    "hhs": "hhs-csv",
}
"""``--input-format`` values and the bulk formats they name."""

OUTPUT_FORMATS = ("jsonl", "csv")

_PROG = "breachmodel assess"


def add_arguments(parser: argparse.ArgumentParser, *, skip: Collection[str] = frozenset()) -> None:
    """Add the bulk options to a parser.

    Args:
        parser: The parser (e.g. the ``assess`` sub-command's).
        skip: Arguments the caller already defines and that must not be added again:
            any of ``"input"`` (the positional FILE, read as ``args.input``),
            ``"--format"`` (read as ``args.format``) and ``"--as-of"`` (``args.as_of``).
            When the caller's ``--format`` allows other values (text, json...),
            :func:`run` refuses them with a usage error.
    """
    if "input" not in skip:
        parser.add_argument(
            "input", metavar="FILE", help="a .jsonl file (incidents or VERIS) or HHS .csv"
        )
    parser.add_argument(
        "--input-format",
        choices=sorted(INPUT_FORMATS),
        default=None,
        help="what FILE holds (default: guessed from its extension and first record)",
    )
    if "--format" not in skip:
        parser.add_argument(
            "--format",
            choices=OUTPUT_FORMATS,
            default="jsonl",
            help="output: one JSON object per incident, or CSV (default: jsonl)",
        )
    if "--as-of" not in skip:
        parser.add_argument(
            "--as-of",
            metavar="INSTANT",
            default=None,
            help="judge deadlines at this ISO 8601 instant with offset (default: none)",
        )
    parser.add_argument(
        "--processes",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: 1)",
    )
    parser.add_argument(
        "--output", "-o", metavar="OUT", default=None, help="write rows here (default: stdout)"
    )
    parser.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    parser.add_argument(
        "--summary-only", action="store_true", help="write no rows, only the summary"
    )


def _usage(message: str) -> int:
    sys.stderr.write(f"{_PROG}: error: {message}\n")
    return 2


def parse_as_of(text: str | None) -> datetime | None:
    """Parse an ``--as-of`` value: an ISO 8601 instant with a UTC offset, or None.

    Raises:
        ValueError: With a message saying what is wrong and how to fix it.
    """
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        msg = f"--as-of: not an ISO 8601 instant: {text!r}"
        raise ValueError(msg) from None
    if value.tzinfo is None or value.utcoffset() is None:
        msg = f"--as-of: {text!r} has no UTC offset; add one, e.g. '{text}Z'"
        raise ValueError(msg)
    from breachmodel._instants import check_range

    check_range(value, "--as-of")  # an OutOfRangeError is a ValueError too
    return value


def run(args: argparse.Namespace) -> int:
    """Run a bulk assessment as the parsed arguments say.

    Returns:
        The exit status: 0 all imported, 1 some failed or unreadable input, 2 usage error.
    """
    from breachmodel.bulk import (
        Progress,
        Summary,
        assess_file,
        count_records,
        detect_format,
        write_csv,
        write_jsonl,
    )
    from breachmodel.errors import InvalidIncidentError

    out_format = getattr(args, "format", "jsonl") or "jsonl"
    if out_format not in OUTPUT_FORMATS:
        return _usage(f"--format {out_format} is for one incident; bulk input takes jsonl or csv")
    processes = getattr(args, "processes", None)
    processes = 1 if processes is None else processes
    if processes < 1:
        return _usage("--processes: expected 1 or more")
    try:
        as_of = parse_as_of(getattr(args, "as_of", None))
    except ValueError as exc:
        return _usage(str(exc))
    path = Path(args.input)
    if not path.is_file():
        sys.stderr.write(f"{_PROG}: {path}: no such file\n")
        return 1
    input_format = getattr(args, "input_format", None)
    try:
        fmt = INPUT_FORMATS[input_format] if input_format else detect_format(path)
    except ValueError as exc:
        return _usage(f"{exc} (--input-format incident|veris|hhs)")
    except OSError as exc:
        sys.stderr.write(f"{_PROG}: {path}: cannot read: {exc.strerror or exc}\n")
        return 1

    show = not getattr(args, "no_progress", False) and _isatty(sys.stderr)
    summary = Summary()
    out: IO[str] | None = None
    try:
        total = count_records(path, fmt) if show else None
        progress = Progress(sys.stderr, total=total, enabled=show)
        rows = assess_file(
            path,
            format=fmt,
            as_of=as_of,
            processes=processes,
            options=getattr(args, "gdpr_options", None),
        )

        def counted(rows: Any) -> Any:
            for n, row in enumerate(rows, 1):
                progress.update(n)
                yield row

        if getattr(args, "summary_only", False):
            for row in counted(rows):
                summary.add(row)
        else:
            output = getattr(args, "output", None)
            out = (
                open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
                if output
                else sys.stdout
            )
            writer = write_csv if out_format == "csv" else write_jsonl
            writer(counted(rows), out, summary=summary)
            out.flush()
        progress.close()
    except InvalidIncidentError as exc:
        sys.stderr.write(f"{_PROG}: {exc}\n")
        return 1
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        sys.stderr.write(f"{_PROG}: {exc.filename or path}: {exc.strerror or exc}\n")
        return 1
    finally:
        if out is not None and out is not sys.stdout:
            out.close()
    sys.stderr.write(summary.to_text())
    return 1 if summary.failed else 0


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """Run the bulk assessment as a stand-alone command (``python -m breachmodel.bulk_cli``)."""
    parser = argparse.ArgumentParser(
        prog=_PROG, description=(__doc__ or "").split("\n\n", 1)[0].strip()
    )
    add_arguments(parser)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return run(args)
    except BrokenPipeError:
        import os

        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1


if __name__ == "__main__":
    sys.exit(main())
