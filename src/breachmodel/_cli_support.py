"""Shared pieces of the command line: input, output, regimes, ``--fail-on`` and ``--as-of``.

Reading FILE or standard input, writing ``-o/--output``, the regimes' options (each
regime declares its own: :func:`add_regime_arguments`), the ``--fail-on`` conditions and
the warnings about ``--as-of``. Kept apart from :mod:`breachmodel.cli` so that every command (and the document commands in
:mod:`breachmodel.documents.cli`) reads and writes files the same way.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from breachmodel.clocks import Status
from breachmodel.determination import Outcome
from breachmodel.errors import InvalidIncidentError, Problem
from breachmodel.model import Incident
from breachmodel.regimes import REGISTRY, ids

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
    "add_regime_arguments",
    "as_of_warnings",
    "assess_record",
    "display_name",
    "fail_on_findings",
    "output_to",
    "read_input",
    "read_record",
    "regime_options",
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
        return loads_any(data, source=display_name(name)), []
    except InvalidIncidentError as exc:
        return None, list(exc.problems)
    except Exception as exc:  # a bug must still not end in a traceback
        text = f"internal error while reading the file ({type(exc).__name__}: {exc})"
        return None, [Problem("$", text)]


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


@contextmanager
def output_to(path: str | None) -> Iterator[None]:
    """Send standard output to ``path`` for the duration (nothing to do for None or ``-``).

    The file is written next to its final place and renamed over it at the end, so a
    reader never sees half a file; it is removed if the command fails with an exception.
    """
    if path is None or path == STDIN:
        yield
        return
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    saved = sys.stdout
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            sys.stdout = fh
            try:
                yield
            finally:
                sys.stdout = saved
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
