"""The bulk form of ``breachmodel assess``: many incidents from one JSONL or CSV file.

``breachmodel assess FILE.jsonl|FILE.csv [options]`` reads incident files one per line
(``--input-format incident``), VERIS records one per line (``veris``) or the HHS breach
portal's CSV export (``hhs``), assesses each incident, and writes one row per incident
(``--format jsonl`` or ``csv``) to standard output or ``--output``. A progress bar shows
on standard error when it is a terminal (never in pipes or with ``--no-progress``). A
summary (counts by status, outcome, risk level and data category; import failures) goes
to standard error at the end.

Rows are written to a temporary file beside ``--output`` and renamed onto it only when
every record is written, so ``OUT`` is never left half written. SIGINT (Ctrl-C) and
SIGTERM stop the worker processes, drop the temporary file (``--keep-partial`` keeps it as
``OUT.partial``), and end with the summary so far and a line ``interrupted after N of M
records``.

Exit status: 0 when every record was imported, 1 when some record failed (each failure
is a row naming the record and the field) or the file cannot be read, 2 for a usage
error, 130 when interrupted by SIGINT and 143 by SIGTERM. Wire it into a parser with
:func:`add_arguments` and :func:`run`, or run it alone with ``python -m
breachmodel.bulk_cli``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Collection, Generator, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final

import attrs

from breachmodel._cli_support import add_regime_arguments, overwritten_input, regime_options
from breachmodel._instants import check_range
from breachmodel.errors import InvalidIncidentError
from breachmodel.sanitize import one_line

if TYPE_CHECKING:
    from breachmodel.bulk import Format, Progress, Row, Summary

__all__ = [
    "EXIT_INTERRUPTED",
    "EXIT_TERMINATED",
    "INPUT_FORMATS",
    "add_arguments",
    "main",
    "parse_as_of",
    "run",
]

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
        "--keep-partial",
        action="store_true",
        help="if interrupted, keep the rows written so far in OUT.partial (default: drop them)",
    )
    parser.add_argument(
        "--summary-only", action="store_true", help="write no rows, only the summary"
    )


def _safe(line: str) -> str:
    return one_line(line)


def _error(message: str) -> None:
    sys.stderr.write(_safe(f"{_PROG}: {message}") + "\n")


def _usage(message: str) -> int:
    _error(f"error: {message}")
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
    check_range(value, "--as-of")  # an OutOfRangeError is a ValueError too
    return value


EXIT_INTERRUPTED: Final = 130
"""Exit status after SIGINT (Ctrl-C): 128 + 2, the shell's convention."""

EXIT_TERMINATED: Final = 143
"""Exit status after SIGTERM: 128 + 15."""


class _Stop(BaseException):
    """Raised in the main process by SIGINT or SIGTERM.

    A BaseException, so that the ``except Exception`` guards around single records never
    swallow it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _Signals:
    """SIGINT and SIGTERM while a run lasts.

    The first asks the run to stop after the row in hand, so that the rows counted are
    exactly the rows written; a second one stops it at once.
    """

    def __init__(self) -> None:
        self.signum: int | None = None

    def handle(self, signum: int, _frame: object) -> None:
        if self.signum is not None:
            raise _Stop(signum)
        self.signum = signum

    def check(self) -> None:
        """Raise :class:`_Stop` if a signal has come."""
        if self.signum is not None:
            raise _Stop(self.signum)


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[_Signals]:
    """Catch SIGINT and SIGTERM while the run lasts (in the main thread only)."""
    signals = _Signals()
    if threading.current_thread() is not threading.main_thread():
        yield signals
        return
    previous = {s: signal.signal(s, signals.handle) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield signals
    finally:
        for s, old in previous.items():
            signal.signal(s, old)


class _Output:
    """Rows go to a temporary file beside ``target``, renamed onto it only when complete."""

    def __init__(self, target: str | None, *, keep_partial: bool) -> None:
        self.target = Path(target) if target and target != "-" else None
        self.keep_partial = keep_partial
        self.temp: Path | None = None
        self.stream: IO[str] = sys.stdout

    def open(self) -> IO[str]:
        if self.target is not None:
            fd, name = tempfile.mkstemp(
                dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".tmp"
            )
            self.temp = Path(name)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(fd, 0o666 & ~umask)  # as open() would create it, not mkstemp's 0o600
            self.stream = open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115
        return self.stream

    def commit(self) -> None:
        self.stream.flush()
        if self.temp is not None and self.target is not None:
            self.stream.close()
            os.replace(self.temp, self.target)
            self.temp = None

    def abort(self) -> Path | None:
        """Drop the incomplete rows, or keep them as ``<target>.partial``; return that path."""
        if self.temp is None or self.target is None:
            return None
        self.stream.close()
        temp, self.temp = self.temp, None
        if self.keep_partial:
            partial = self.target.with_name(self.target.name + ".partial")
            os.replace(temp, partial)
            return partial
        temp.unlink(missing_ok=True)
        return None


@attrs.frozen
class _Plan:
    """What a run reads and how, once the arguments are checked."""

    path: Path
    fmt: Format
    out_format: str
    as_of: datetime | None
    processes: int


def _plan(args: argparse.Namespace) -> _Plan | int:
    """Check the arguments: the plan, or the exit status of a usage or input error."""
    from breachmodel.bulk import detect_format  # noqa: PLC0415 - start-up: only a bulk run loads the importers

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
        _error(f"{path}: is a folder, not a file" if path.is_dir() else f"{path}: no such file")
        return 1
    input_format = getattr(args, "input_format", None)
    try:
        fmt = INPUT_FORMATS[input_format] if input_format else detect_format(path)
    except ValueError as exc:
        return _usage(f"{exc} (--input-format incident|veris|hhs)")
    except OSError as exc:
        _error(f"{path}: cannot read: {exc.strerror or exc}")
        return 1
    return _Plan(path, fmt, out_format, as_of, processes)


def run(args: argparse.Namespace) -> int:
    """Run a bulk assessment as the parsed arguments say.

    Rows go to a temporary file beside ``--output``, renamed onto it only once every
    record is written. SIGINT (Ctrl-C) and SIGTERM stop the workers, drop the temporary
    file (or keep it as ``OUT.partial`` with ``--keep-partial``), write the summary so far
    and a last line ``interrupted after N of M records``.

    Returns:
        The exit status: 0 all imported, 1 some failed or unreadable input, 2 usage error,
        130 (:data:`EXIT_INTERRUPTED`) after SIGINT, 143 (:data:`EXIT_TERMINATED`) after
        SIGTERM.
    """
    from breachmodel.bulk import Summary  # noqa: PLC0415 - start-up: only a bulk run loads the importers

    plan = _plan(args)
    if isinstance(plan, int):
        return plan
    summary = Summary()
    target = None if getattr(args, "summary_only", False) else getattr(args, "output", None)
    if overwritten_input(target, [args.input]) is not None:
        _error(f"--output {target} is the input file; write the rows to another file")
        return 2
    output = _Output(target, keep_partial=getattr(args, "keep_partial", False))
    try:
        with _stop_on_signals() as signals:
            _stream(args, plan, summary, output, signals)
    except _Stop as stop:
        return _interrupted(stop, plan, summary, output)
    except InvalidIncidentError as exc:  # the file as a whole: one line per problem
        output.abort()
        name = getattr(args, "input_name", None) or exc.source or args.input
        for problem in exc.problems:
            _error(f"{name}: {problem}")
        return 1
    except OSError as exc:
        output.abort()
        if isinstance(exc, BrokenPipeError):
            raise
        _error(f"{exc.filename or plan.path}: {exc.strerror or exc}")
        return 1
    except BaseException:
        output.abort()
        raise
    sys.stderr.write(summary.to_text())
    return 1 if summary.failed else 0


def _stream(
    args: argparse.Namespace, plan: _Plan, summary: Summary, output: _Output, signals: _Signals
) -> None:
    """Assess every record into ``output`` (committed when complete) and ``summary``."""
    from breachmodel.bulk import Progress, assess_file, count_records, write_csv, write_jsonl  # noqa: PLC0415 - start-up: only a bulk run loads the importers

    show = not getattr(args, "no_progress", False) and _isatty(sys.stderr)
    total = count_records(plan.path, plan.fmt) if show else None
    progress = Progress(sys.stderr, total=total, enabled=show)
    rows = assess_file(
        plan.path,
        format=plan.fmt,
        as_of=plan.as_of,
        processes=plan.processes,
        options=getattr(args, "regime_options", None),
        regimes=getattr(args, "regime", None),
    )
    counted = _counted(rows, progress, signals)
    try:
        if getattr(args, "summary_only", False):
            for row in counted:
                summary.add(row)
        else:
            writer = write_csv if plan.out_format == "csv" else write_jsonl
            writer(counted, output.open(), summary=summary)
            output.commit()
    finally:
        # Closing the generators shuts the worker processes down, here and on a signal.
        counted.close()
        close = getattr(rows, "close", None)
        if close is not None:
            close()
    progress.close()


def _counted(
    rows: Iterator[Row], progress: Progress, signals: _Signals
) -> Generator[Row, None, None]:
    for n, row in enumerate(rows, 1):
        signals.check()
        progress.update(n)
        yield row


def _interrupted(stop: _Stop, plan: _Plan, summary: Summary, output: _Output) -> int:
    from breachmodel.bulk import count_records  # noqa: PLC0415 - start-up: only a bulk run loads the importers

    kept = output.abort()
    try:
        total = f" of {count_records(plan.path, plan.fmt):,}"
    except (OSError, InvalidIncidentError):
        total = ""
    line = f"interrupted after {summary.total:,}{total} records"
    if kept is not None:
        line += f"; the rows written so far are in {kept}"
    elif output.target is not None:
        line += f"; {output.target} was not written"
    sys.stderr.write("\n" + summary.to_text() + _safe(line) + "\n")
    return EXIT_TERMINATED if stop.signum == signal.SIGTERM else EXIT_INTERRUPTED


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
    add_regime_arguments(parser)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    args.regime_options = regime_options(args)
    try:
        return run(args)
    except BrokenPipeError:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1


if __name__ == "__main__":
    sys.exit(main())
