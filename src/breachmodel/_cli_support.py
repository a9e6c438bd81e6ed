"""Shared pieces of the command line: input, output, regimes, ``--fail-on`` and ``--as-of``.

Reading FILE or standard input, writing ``-o/--output``, the regimes' options (each
regime declares its own: :func:`add_regime_arguments`), the ``--fail-on`` conditions and
the warnings about ``--as-of``. Kept apart from :mod:`breachmodel.cli` so that every command (and the document commands in
:mod:`breachmodel.documents.cli`) reads and writes files the same way.
"""

from __future__ import annotations

import argparse
import errno
import os
import re
import signal
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from breachmodel.clocks import Status
from breachmodel.determination import Outcome
from breachmodel.errors import BreachModelError, InvalidIncidentError, Problem
from breachmodel.model import Incident
from breachmodel.regimes import REGISTRY, check_findings, ids

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment
    from breachmodel.determination import Determination
    from breachmodel.errors import Problem
    from breachmodel.model import Incident
    from breachmodel.processor import ProcessorAssessment, ProcessorIncident
    from breachmodel.regimes._base import CliOptions, Regime

__all__ = [
    "FAIL_ON",
    "FAIL_ON_STATUS",
    "FILE_COMPLETION",
    "STDIN",
    "Output",
    "Terminated",
    "add_regime_arguments",
    "as_of_warnings",
    "assess_record",
    "display_name",
    "fail_on_findings",
    "output_to",
    "overwritten_input",
    "problems_of",
    "read_input",
    "read_record",
    "received_signal",
    "regime_options",
    "screen",
    "signals_raise",
]

STDIN = "-"
"""The FILE name that means standard input."""

FAIL_ON = ("overdue", "late", "undetermined")
"""``--fail-on`` conditions."""

FAIL_ON_STATUS = 3
"""The exit status when a ``--fail-on`` condition holds."""

FILE_COMPLETION = {"bash": "_shtab_compgen_files", "zsh": "_files", "tcsh": "f"}
"""Shell completion of file names (the value shtab's ``FILE`` stands for)."""


def display_name(name: str) -> str:
    """How FILE is named in messages (``<stdin>`` for ``-``)."""
    return "<stdin>" if name == STDIN else name


def read_input(name: str) -> bytes:
    """The bytes of FILE, or of standard input for ``-``.

    Raises:
        OSError: When the file cannot be read (``IsADirectoryError`` for a directory).
    """
    if name == STDIN:
        return sys.stdin.buffer.read()
    path = Path(name)
    if path.is_dir():
        raise IsADirectoryError(name)
    return path.read_bytes()


def read_record(name: str) -> tuple[Incident | ProcessorIncident | None, list[Problem]]:
    """Read and check one incident or processor incident file (``-``: standard input).

    Returns:
        The record and no problems, or None and every problem found.
    """
    from breachmodel.processor import loads_any  # noqa: PLC0415 - start-up: `--help` loads no assessment code

    try:
        data = read_input(name)
    except IsADirectoryError:
        return None, [Problem("$", "is a directory, not an incident file")]
    except FileNotFoundError:
        return None, [Problem("$", "no such file")]
    except OSError as exc:
        return None, [Problem("$", f"cannot read the file: {exc.strerror or exc}")]
    try:
        record = loads_any(data, source=display_name(name))
        _check_rules(record)
    except BreachModelError as exc:
        return None, problems_of(exc)
    except Exception as exc:  # a bug must still not end in a traceback
        text = f"internal error while reading the file ({type(exc).__name__}: {exc})"
        return None, [Problem("$", text)]
    return record, []


def _check_rules(record: Incident | ProcessorIncident) -> None:
    """Raise what the rules refuse on reading the record, so that ``validate`` refuses it too.

    A finding for an unknown regime, or a category that a regime's classification scheme
    does not know, is refused by the regime when it decides whether it reaches the
    incident; each regime is asked, as ``assess`` asks it (for a processor incident, once
    per controller).

    Raises:
        BreachModelError: The first such refusal, naming the field.
    """
    from breachmodel.processor import controller_incident  # noqa: PLC0415 - start-up: `--help` loads no assessment code

    if isinstance(record, Incident):
        incidents = [record]
    else:
        incidents = [controller_incident(record, share) for share in record.controllers]
    for incident in incidents:
        check_findings(incident)
        for regime in REGISTRY:
            regime.applicability(incident)


_FIELD = re.compile(
    r"([A-Za-z_]\w*(?:\[[^\]\n]*\])*(?:\.[A-Za-z_]\w*(?:\[[^\]\n]*\])*)*): (.+)", re.S
)
"""A message that starts with the field it is about: ``findings[0].regime: unknown...``."""


def problems_of(exc: BreachModelError) -> list[Problem]:
    """The problems an error names: each of an invalid file's, or one located by its field.

    An error raised while assessing (a finding for an unknown regime, a category no
    regime knows) starts with the field it is about; that field becomes the problem's
    path, so that it reads like the loader's problems (``message @ $.path``).

    >>> problems_of(BreachModelError("findings[0].regime: unknown regime 'x'"))
    [Problem(path='$.findings[0].regime', message="unknown regime 'x'")]
    >>> problems_of(BreachModelError("no controller"))
    [Problem(path='$', message='no controller')]
    """
    if isinstance(exc, InvalidIncidentError):
        return list(exc.problems)
    text = str(exc)
    found = _FIELD.fullmatch(text)
    if found is None:
        return [Problem("$", text)]
    return [Problem(f"$.{found.group(1)}", found.group(2))]


def _declaring() -> list[tuple[Regime, CliOptions]]:
    """The regimes that declare command-line options, one per options class."""
    found: dict[object, tuple[Regime, CliOptions]] = {}
    for regime in REGISTRY:
        cli = regime.cli_options
        if cli is not None and regime.options_type not in found:
            found[regime.options_type] = (regime, cli)
    return list(found.values())


def add_regime_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--regime`` and every regime's options (``--ruleset``...), from the registry.

    Regimes sharing an options class (the GDPR and the UK GDPR) share its arguments,
    declared once, in a group titled with the first one's label.
    """
    parser.add_argument(
        "--regime",
        action="append",
        choices=ids(),
        default=None,
        metavar="ID",
        help="assess under this regime (repeatable; default: every regime that reaches the "
        f"incident, and the baseline law in any case); one of: {', '.join(ids())}; "
        "'breachmodel regimes' lists them",
    )
    for regime, cli in _declaring():
        cli.add_arguments(
            parser.add_argument_group(
                f"{regime.label} interpretation options (see the interpretations page)"
            )
        )


def regime_options(args: argparse.Namespace) -> Any:
    """The options the parsed arguments describe: one options object, or a tuple of several."""
    found = tuple(cli.from_args(args) for _regime, cli in _declaring())
    return found[0] if len(found) == 1 else found


def assess_record(
    record: Incident | ProcessorIncident,
    *,
    as_of: datetime | None = None,
    options: Any = None,
    regimes: Iterable[str] | None = None,
) -> Assessment | ProcessorAssessment:
    """Assess an incident, or every controller of a processor incident."""
    from breachmodel.assessment import assess  # noqa: PLC0415 - start-up: `--help` loads no assessment code
    from breachmodel.processor import ProcessorIncident, assess_processor_incident  # noqa: PLC0415 - start-up: `--help` loads no assessment code

    if isinstance(record, ProcessorIncident):
        return assess_processor_incident(record, as_of=as_of, options=options)
    return assess(record, as_of=as_of, options=options, regimes=regimes)


def overwritten_input(output: str | None, inputs: Iterable[str]) -> str | None:
    """The input file that writing ``output`` would replace, or None.

    ``-o`` naming the input itself would lose it: the output is renamed over it at the
    end. Compared as files (a link or another spelling of the same path is caught too).
    """
    if output is None or output == STDIN or not Path(output).is_file():
        return None
    for name in inputs:
        if name == STDIN:
            continue
        try:
            if Path(name).is_file() and os.path.samefile(output, name):
                return name
        except OSError:
            continue
    return None


class Output:
    """The output file :func:`output_to` is writing; set :attr:`keep` to False to drop it.

    Attributes:
        keep: Whether the file takes its place at the end (True unless the command found
            the input invalid: a file of problem lines must not pass for its output).
    """

    def __init__(self) -> None:
        self.keep = True


_SCREEN: list[TextIO] = []
"""Standard output as it was before each :func:`output_to` redirected it."""


def screen() -> TextIO:
    """Where problem lines go: standard output, even while ``-o/--output`` takes the output."""
    return _SCREEN[-1] if _SCREEN else sys.stdout


@contextmanager
def output_to(path: str | None) -> Iterator[Output]:
    """Send standard output to ``path`` for the duration (nothing to do for None or ``-``).

    The file is written next to its final place and renamed over it at the end, so a
    reader never sees half a file; it is removed if the command fails with an exception
    (Ctrl-C included), or when the caller sets ``keep`` to False on what it yields.

    Raises:
        OSError: When the file cannot be written, naming ``path`` (a folder, a missing
            folder, no permission...).
    """
    target_file = Output()
    if path is None or path == STDIN:
        yield target_file
        return
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder; give a file name", path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:  # named by the file asked for, not by the temporary one
        raise OSError(exc.errno, exc.strerror, path) from None
    saved = sys.stdout
    _SCREEN.append(saved)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            sys.stdout = fh
            try:
                yield target_file
            finally:
                sys.stdout = saved
                _SCREEN.pop()
        if target_file.keep:
            os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)


class Terminated(BaseException):
    """SIGTERM arrived while a command ran: raised so that cleanup runs as for Ctrl-C."""


_RECEIVED: list[int] = []
"""The signals :func:`signals_raise` has seen during the current command."""


def received_signal() -> int | None:
    """The last SIGINT or SIGTERM that arrived during the command, None if none did.

    A library running a query when the signal comes (DuckDB) may turn the exception the
    handler raises into one of its own; this tells the command that it was stopped.
    """
    return _RECEIVED[-1] if _RECEIVED else None


@contextmanager
def signals_raise() -> Iterator[None]:
    """Raise on SIGINT (:class:`KeyboardInterrupt`) and SIGTERM (:class:`Terminated`).

    By default SIGTERM ends the process at once, leaving temporary files behind; raised
    as an exception, it lets every ``finally`` remove them (:func:`output_to`, the
    staging folder of ``scope``). Each signal is also recorded (:func:`received_signal`).
    A command may install its own handlers inside (the bulk run does); a SIGINT that is
    ignored (a background job) stays ignored. Main thread only.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _RECEIVED.clear()

    def stop(signum: int, _frame: object) -> None:
        _RECEIVED.append(signum)
        if signum == signal.SIGTERM:
            raise Terminated
        raise KeyboardInterrupt

    wanted = [signal.SIGTERM]
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        wanted.append(signal.SIGINT)
    previous = {signum: signal.signal(signum, stop) for signum in wanted}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _missed(det: Determination, condition: str) -> str | None:
    """Why ``det`` meets the ``--fail-on`` condition, or None."""
    from breachmodel.render import status_text  # noqa: PLC0415 - start-up: `--help` loads no renderer

    status = None if det.status is None else det.status.status
    if condition == "overdue" and status is Status.OVERDUE:
        return f"{det.title}: {status_text(det)}"
    if condition == "late" and status in (Status.OVERDUE, Status.MET_LATE):
        return f"{det.title}: {status_text(det)}"
    if condition == "undetermined":
        if det.outcome is Outcome.UNDETERMINED:
            missing = ", ".join(m.path for m in det.missing_facts)
            return f"{det.title}: undetermined (missing: {missing})"
        if det.deadline is not None and det.deadline.missing:
            return (
                f"{det.title}: deadline undetermined (missing: {', '.join(det.deadline.missing)})"
            )
    return None


def _determinations(
    result: Assessment | ProcessorAssessment,
) -> Iterator[tuple[str, Determination]]:
    from breachmodel.assessment import Assessment  # noqa: PLC0415 - start-up: `--help` loads no assessment code

    if isinstance(result, Assessment):
        yield from ((result.controller, d) for d in result.determinations)
        return
    for a in result.per_controller:
        yield from ((a.controller, d) for d in a.determinations)
    yield from ((result.processor, d) for d in result.processor_duties)


def fail_on_findings(
    result: Assessment | ProcessorAssessment, conditions: Iterable[str]
) -> list[str]:
    """One line per obligation that meets a ``--fail-on`` condition (empty: none does).

    * ``overdue``: nothing filed and the due instant has passed at ``as_of``;
    * ``late``: overdue, or filed after the due instant;
    * ``undetermined``: an outcome, or a deadline, that facts are missing to decide.
    """
    wanted = tuple(dict.fromkeys(conditions))
    found: list[str] = []
    for who, det in _determinations(result):
        for condition in wanted:
            why = _missed(det, condition)
            if why is not None:
                found.append(f"{condition}: {who}: {why}")
                break
    return found


def as_of_warnings(record: Incident | ProcessorIncident, as_of: datetime | None) -> list[str]:
    """A warning for each controller that became aware after ``as_of``.

    Deadlines judged before their clock starts say little: the instant is probably a typo.
    The instant of awareness is the first registered regime's that records one.
    """
    from breachmodel.processor import controller_incident  # noqa: PLC0415 - start-up: `--help` loads no assessment code

    if as_of is None:
        return []
    if isinstance(record, Incident):
        incidents = [record]
    else:
        incidents = [controller_incident(record, share) for share in record.controllers]
    warnings = []
    for incident in incidents:
        aware = _aware_at(incident)
        if aware is not None and as_of < aware:
            warnings.append(
                f"--as-of {as_of.isoformat()} is before {incident.controller.name} became "
                f"aware of the breach ({aware.isoformat()}): its deadlines have not started"
            )
    return warnings


def _aware_at(incident: Incident) -> datetime | None:
    return next((at for r in REGISTRY if (at := r.aware_at(incident)) is not None), None)
