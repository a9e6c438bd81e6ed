"""The ``breachmodel`` command line.

Commands:

``breachmodel validate FILE...``
    Check incident files. Prints ``ok: FILE`` for each valid file. For an invalid or
    unreadable file, prints one line per problem, ``FILE: message @ $.path`` (``@ $``
    for problems with the file as a whole). All of this goes to **standard output**,
    like a linter's findings, so it can be piped or grepped; standard error is kept for
    usage errors. Exit status: 0 if every file is valid, 1 if any is not.
``breachmodel assess FILE [--as-of INSTANT] [--format text|markdown|html|json] [--detail]``
    Assess one incident file (or processor incident file) under every regime that
    reaches it (``--regime ID``, repeatable, chooses; each regime's options, such as the
    GDPR's ``--ruleset``, are declared by the regime). Plain text is
    a one-screen overview per controller (authority, deadline in the authority's local
    time, status, form of the communication to people); ``--detail`` prints every
    determination with its reasons, as Markdown, HTML and JSON always do. Exit status 0
    whatever the outcome; 1 when the file is invalid, with the same lines as
    ``validate``; 3 when ``--fail-on overdue|late|undetermined`` finds such an obligation.
    A ``.jsonl`` or ``.csv`` file, or ``--input-format``, runs the bulk form
    (:mod:`breachmodel.bulk_cli`). ``--what-if FACT=VALUE`` (repeatable) re-assesses one
    incident with changed facts and shows the difference before the changed assessment.
``breachmodel regimes [--format text|json]``
    List the registered regimes: id, name, whether assessed by default, and the legal
    instruments each encodes.
``breachmodel schema [--kind incident|processor|assessment]``
    Print the JSON Schema (draft 2020-12) of an incident file, a processor incident file,
    or ``assess --format json`` output. ``--output KIND`` is the deprecated spelling.
``breachmodel deadlines FILE [--as-of INSTANT] [--format text|ics]``
    List each obligation's deadline in the authority's local time, or write them as an
    iCalendar file with reminders (:mod:`breachmodel.ics`).
``breachmodel draft FILE --kind authority|people|public [--lang en|fr]``
    Draft the notification, the letter to people, or the public communication.
``breachmodel register FILE... --format csv|json``
    Export the Art. 33(5) register of the incidents.
``breachmodel scope INCIDENT PEOPLE --mapping MAPPING.toml --out DIR --as-of INSTANT``
    Count the people of a member table (``--engine duckdb|spark``), put the exact counts
    into the incident, assess it, and write the notification manifest
    (:mod:`breachmodel.scoping.cli`).
``breachmodel completion bash|zsh|tcsh``
    Print a shell completion script.
``breachmodel --version``
    Print the version.

Every command reads standard input for the FILE ``-`` and writes to ``-o/--output OUT``
instead of standard output when given (the file appears whole, or not at all).

Usage errors exit with status 2 (argparse's convention). No command ever ends in a
traceback for bad input.

Adding a command: write ``_<name>_arguments(parser)`` that adds its arguments and
``_<name>_command(args) -> int`` that runs it, declare them with the command's help and
description as a :class:`_Command`, then add one entry to :data:`_COMMANDS`.
Modules that only a command needs (the assessment, the renderers, the schemas, the bulk
runner) are imported inside that command, each marked with its reason, so that ``--help``
stays fast.
"""

from __future__ import annotations

import argparse
import html
import os
import shutil
import signal
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeGuard

from breachmodel import bulk_cli
from breachmodel._cli_support import (
    FAIL_ON,
    FAIL_ON_STATUS,
    FILE_COMPLETION,
    STDIN,
    Terminated,
    add_regime_arguments,
    as_of_warnings,
    assess_record,
    display_name,
    fail_on_findings,
    output_to,
    overwritten_input,
    problems_of,
    read_record,
    received_signal,
    regime_options,
    screen,
    signals_raise,
)
from breachmodel._version import __version__
from breachmodel.bulk_cli import add_arguments
from breachmodel.documents import cli as documents_cli
from breachmodel.errors import BreachModelError, Problem
from breachmodel.model import Incident
from breachmodel.regimes import REGISTRY
from breachmodel.sanitize import dumps_json, one_line

if TYPE_CHECKING:
    from breachmodel.processor import ProcessorIncident

__all__ = ["build_parser", "main"]

Handler = Callable[[argparse.Namespace], int]


class _Command(NamedTuple):
    """One sub-command, as :func:`build_parser` and :func:`main` use it.

    Attributes:
        help: Its line in ``breachmodel --help``.
        description: The paragraph of ``breachmodel COMMAND --help``.
        arguments: Adds its arguments to its parser.
        run: Runs it on the parsed arguments and returns the exit status.
    """

    help: str
    description: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Handler


# --- shared options and messages ------------------------------------------------------------


def _file_argument(parser: argparse.ArgumentParser, dest: str, **kwargs: Any) -> None:
    """Add a positional FILE argument that shells complete with file names."""
    action = parser.add_argument(dest, metavar="FILE", **kwargs)
    action.complete = FILE_COMPLETION  # type: ignore[attr-defined]


def _add_output_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``-o/--output OUT`` (the command's output goes there instead of standard output)."""
    action = parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        default=None,
        help="write the output to this file instead of standard output",
    )
    action.complete = FILE_COMPLETION  # type: ignore[attr-defined]


def _output_to(path: str | None) -> Any:
    return output_to(path)


def _safe(line: str) -> str:
    """One line for the terminal: control characters from an incident escaped visibly."""
    return one_line(line)


def _warn(command: str, message: str) -> None:
    sys.stderr.write(_safe(f"breachmodel {command}: warning: {message}") + "\n")


def _usage(command: str, message: str) -> int:
    sys.stderr.write(_safe(f"breachmodel {command}: error: {message}") + "\n")
    return 2


def _failed(command: str, message: str) -> int:
    """Report an error that is not a usage error on one line; the exit status 1."""
    sys.stderr.write(_safe(f"breachmodel {command}: error: {message}") + "\n")
    return 1


# --- validate -----------------------------------------------------------------------------


def _validate_arguments(parser: argparse.ArgumentParser) -> None:
    _file_argument(parser, "files", nargs="+", help="an incident JSON file ('-': standard input)")


def _file_problems(name: str) -> list[Problem]:
    """Every problem with one incident file (empty if it is valid); ``-`` is standard input."""
    return read_record(name)[1]


def _validate_command(args: argparse.Namespace) -> int:
    status = 0
    for name in args.files:
        problems = _file_problems(name)
        if not problems:
            print(_safe(f"ok: {display_name(name)}"))
            continue
        status = 1
        for problem in problems:
            print(_safe(f"{display_name(name)}: {problem}"))
    return status


_VALIDATE = _Command(
    "check incident files",
    "Check incident files. Prints 'ok: FILE' for each valid file and one line "
    "'FILE: message @ $.path' per problem otherwise, on standard output. "
    "Exits 0 if all files are valid, 1 otherwise.",
    _validate_arguments,
    _validate_command,
)


# --- schema -------------------------------------------------------------------------------


_SCHEMA_KINDS = ("incident", "processor", "assessment")


def _schema_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kind",
        choices=_SCHEMA_KINDS,
        default=None,
        help="which schema (default: incident)",
    )
    _add_output_argument(parser)


def _schema_command(args: argparse.Namespace) -> int:
    kind, output = args.kind, args.output
    if output in _SCHEMA_KINDS and kind is None:
        _warn("schema", f"'--output {output}' is deprecated; use '--kind {output}'")
        kind, output = output, None
    with _output_to(output):
        if kind == "processor":
            from breachmodel.schema import processor_schema_json  # noqa: PLC0415 - start-up: only `schema` builds JSON Schemas

            sys.stdout.write(processor_schema_json())
        elif kind == "assessment":
            from breachmodel.output_schema import assessment_schema_json  # noqa: PLC0415 - start-up: only `schema` builds JSON Schemas

            sys.stdout.write(assessment_schema_json())
        else:
            from breachmodel.schema import schema_json  # noqa: PLC0415 - start-up: only `schema` builds JSON Schemas

            sys.stdout.write(schema_json())
    return 0


_SCHEMA = _Command(
    "print the JSON Schema of an incident file",
    "Print the JSON Schema (draft 2020-12) of an incident file; with --kind "
    "processor, of a processor incident file; with --kind assessment, of the JSON "
    "that 'assess --format json' writes. '--output incident|processor|assessment' "
    "is the deprecated spelling of --kind.",
    _schema_arguments,
    _schema_command,
)


# --- assess -------------------------------------------------------------------------------

_SINGLE_FORMATS = ("text", "markdown", "html", "json")
_BULK_FORMATS = ("jsonl", "csv")


def _assess_arguments(parser: argparse.ArgumentParser) -> None:
    _file_argument(
        parser,
        "input",
        help="an incident JSON file, or a .jsonl/.csv file of many ('-': standard input)",
    )
    _add_as_of_argument(parser)
    parser.add_argument(
        "--format",
        choices=(*_SINGLE_FORMATS, *_BULK_FORMATS),
        default=None,
        help="text, markdown, html or json for one incident (default text); "
        "jsonl or csv in bulk (default jsonl)",
    )
    _add_first_run_arguments(parser)
    _add_interpretation_arguments(parser)
    parser.add_argument(
        "--what-if",
        metavar="FACT=VALUE",
        action="append",
        default=[],
        help="re-assess one incident with a changed fact and show the difference, e.g. "
        "subjects[].includes_children=true or subjects.total=150000 (repeatable)",
    )
    add_arguments(parser, skip={"input", "--format", "--as-of"})


def _add_as_of_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of",
        metavar="INSTANT",
        default=None,
        help="judge deadlines at this ISO 8601 instant with a UTC offset (default: not judged)",
    )


def _add_interpretation_arguments(parser: argparse.ArgumentParser) -> None:
    """``--regime`` and each regime's own options, as the regimes declare them."""
    add_regime_arguments(parser)


def _options(args: argparse.Namespace) -> Any:
    return regime_options(args)


def _add_first_run_arguments(parser: argparse.ArgumentParser) -> None:
    """``--detail`` and ``--fail-on``, for one incident file."""
    parser.add_argument(
        "--detail",
        action="store_true",
        help="text format: every determination with its reasons, instead of the one-screen "
        "summary (markdown, html and json always hold the detail)",
    )
    parser.add_argument(
        "--fail-on",
        action="append",
        choices=FAIL_ON,
        default=[],
        metavar="{overdue,late,undetermined}",
        help="exit with status 3 when an obligation is overdue (needs --as-of), late "
        "(overdue or filed late) or undetermined; repeat to combine",
    )


def _is_bulk(args: argparse.Namespace) -> bool:
    return (
        args.input_format is not None
        or Path(args.input).suffix.lower() in (".jsonl", ".csv")
        or args.format in _BULK_FORMATS
    )


def _assess_command(args: argparse.Namespace) -> int:
    args.regime_options = _options(args)
    if _is_bulk(args):
        return _assess_bulk(args)
    for flag, given in (
        ("--summary-only", args.summary_only),
        ("--processes", args.processes is not None),
        ("--no-progress", args.no_progress),
    ):
        if given:
            return _usage("assess", f"{flag} is for bulk input (.jsonl or .csv, or --input-format)")
    try:
        as_of = bulk_cli.parse_as_of(args.as_of)
    except ValueError as exc:
        return _usage("assess", str(exc))
    if "overdue" in args.fail_on and as_of is None:
        return _usage("assess", "--fail-on overdue needs --as-of (the clock is never read)")
    return _written(args.output, lambda: _assess_single(args, as_of))


def _assess_bulk(args: argparse.Namespace) -> int:
    if args.detail or args.fail_on:
        return _usage("assess", "--detail and --fail-on are for one incident file")
    if args.what_if:
        return _usage("assess", "--what-if is for one incident file")
    args.format = args.format or "jsonl"
    if args.input != "-":
        return bulk_cli.run(args)
    if args.input_format is None:
        return _usage("assess", "reading many incidents from standard input needs --input-format")
    with tempfile.TemporaryDirectory() as tmp:
        spooled = Path(tmp) / ("stdin.csv" if args.input_format == "hhs" else "stdin.jsonl")
        with spooled.open("wb") as fh:
            shutil.copyfileobj(sys.stdin.buffer, fh)
        args.input, args.input_name = str(spooled), display_name(STDIN)
        return bulk_cli.run(args)


_WRITTEN = object()
"""What :func:`_load_and_assess` returns when it has written the output itself."""


def _load_and_assess(
    args: argparse.Namespace, command: str, as_of: Any, *, stream: bool = False
) -> Any:
    """Read ``args.input`` and assess it; None (problems printed) if the file is invalid.

    With ``stream``, a processor incident whose whole output is asked for is assessed and
    written controller by controller (memory stays flat however many there are), and
    :data:`_WRITTEN` is returned.
    """
    record, problems = read_record(args.input)
    if record is None:
        _print_problems(args.input, problems)
        return None
    for warning in as_of_warnings(record, as_of):
        _warn(command, warning)
    if getattr(args, "regime", None) and not isinstance(record, Incident):
        _print_problems(args.input, [Problem("$", "--regime is for incident files")])
        return None
    try:
        if stream and _streamed(record, args):
            from breachmodel.processor import stream_processor_assessment  # noqa: PLC0415 - start-up: `--help` loads no assessment code

            fmt = args.format or "text"
            stream_processor_assessment(
                record, sys.stdout, fmt, as_of=as_of, options=_options(args)
            )
            return _WRITTEN
        return assess_record(record, as_of=as_of, options=_options(args), regimes=args.regime)
    except BreachModelError as exc:  # a value only the rules read, refused: a problem too
        _print_problems(args.input, problems_of(exc))
        return None


def _print_problems(name: str, problems: Sequence[Problem]) -> None:
    """Print a file's problems, one ``FILE: message @ $.path`` line each, as ``validate``."""
    out = screen()
    for problem in problems:
        out.write(_safe(f"{display_name(name)}: {problem}") + "\n")


def _streamed(record: object, args: argparse.Namespace) -> TypeGuard[ProcessorIncident]:
    """Whether a processor incident's output can be written as each controller is assessed."""
    from breachmodel.processor import ProcessorIncident  # noqa: PLC0415 - start-up: `--help` loads no assessment code

    fmt = args.format or "text"
    whole = fmt == "json" or (fmt == "text" and args.detail)
    return isinstance(record, ProcessorIncident) and whole and not args.fail_on


def _assess_single(args: argparse.Namespace, as_of: Any) -> int:
    if args.what_if:
        return _what_if(args, as_of)
    result = _load_and_assess(args, "assess", as_of, stream=True)
    if result is None:
        return 1
    if result is _WRITTEN:
        return 0
    sys.stdout.write(_render_assessment(result, args.format or "text", detail=args.detail))
    findings = fail_on_findings(result, args.fail_on)
    for line in findings:
        sys.stderr.write(_safe(f"breachmodel assess: --fail-on {line}") + "\n")
    return FAIL_ON_STATUS if findings else 0


def _what_if(args: argparse.Namespace, as_of: Any) -> int:
    """``--what-if``: the difference, then the changed assessment in the chosen format."""
    from breachmodel.whatif import what_if  # noqa: PLC0415 - start-up: loaded by `--what-if` only

    record, problems = read_record(args.input)
    if record is None:
        _print_problems(args.input, problems)
        return 1
    if not isinstance(record, Incident):
        return _usage("assess", "--what-if takes an incident file, not a processor incident")
    try:
        result = what_if(
            record, args.what_if, as_of=as_of, options=_options(args), regimes=args.regime
        )
    except ValueError as exc:
        return _usage("assess", str(exc))
    fmt = args.format or "text"
    after = _render_assessment(result.after, fmt, detail=args.detail)
    head = {
        "text": result.to_text() + "\n",
        "markdown": result.to_markdown() + "\n",
        "html": f"<pre>{html.escape(result.to_text())}</pre>",
    }
    sys.stdout.write(result.to_json() if fmt == "json" else head[fmt] + after)
    return 0


def _render_assessment(result: Any, fmt: str, *, detail: bool) -> str:
    """The assessment in ``fmt``; plain text is the one-screen overview unless ``detail``."""
    if fmt == "text" and not detail:
        from breachmodel.overview import render_overview  # noqa: PLC0415 - start-up: `--help` loads no renderer

        return render_overview(result)
    renderers = {
        "text": result.to_text,
        "markdown": result.to_markdown,
        "html": result.to_html,
        "json": result.to_json,
    }
    return str(renderers[fmt]())


_ASSESS = _Command(
    "assess an incident under every regime that reaches it",
    "Assess an incident file (or a processor incident file) under every regime that "
    "reaches it (--regime chooses; 'breachmodel regimes' lists them). Plain "
    "text is a one-screen overview per controller: the authority, the deadline in "
    "its local time, where it stands, and how the people must be told; --detail "
    "gives every determination with its reasons and citations. Exit status 0 "
    "whatever the outcome, 1 if the file is invalid, 2 on usage errors, 3 when a "
    "--fail-on condition holds. A .jsonl or .csv file (or --input-format) is "
    "assessed in bulk, one row per incident.",
    _assess_arguments,
    _assess_command,
)

# --- deadlines ----------------------------------------------------------------------------


def _deadlines_arguments(parser: argparse.ArgumentParser) -> None:
    _file_argument(parser, "input", help="an incident or processor incident file ('-': stdin)")
    _add_as_of_argument(parser)
    parser.add_argument("--format", choices=("text", "ics"), default="text", help="(text)")
    parser.add_argument(
        "--alarm",
        type=float,
        action="append",
        metavar="HOURS",
        help="remind this many hours before each due time; repeat for several (default: 24 and 2)",
    )
    _add_interpretation_arguments(parser)


def _deadlines_command(args: argparse.Namespace) -> int:
    from breachmodel.ics import DEFAULT_ALARMS, deadline_entries, render_deadlines, to_ics  # noqa: PLC0415 - start-up: loaded by `deadlines` only

    try:
        as_of = bulk_cli.parse_as_of(args.as_of)
    except ValueError as exc:
        return _usage("deadlines", str(exc))
    if any(not 0 < hours <= _MAX_ALARM_HOURS for hours in args.alarm or ()):  # NaN too
        return _usage(
            "deadlines", f"--alarm: expected a number of hours above 0, at most {_MAX_ALARM_HOURS}"
        )
    result = _load_and_assess(args, "deadlines", as_of)
    if result is None:
        return 1
    if args.format == "text":
        sys.stdout.write(render_deadlines(result))
        return 0
    alarms = [timedelta(hours=h) for h in args.alarm] if args.alarm else DEFAULT_ALARMS
    for entry in deadline_entries(result):
        if entry.at is None:
            _warn("deadlines", f"no event for '{entry.summary}': its deadline is undetermined")
    try:
        sys.stdout.write(to_ics(result, alarms=alarms).decode("utf-8"))
    except ImportError as exc:
        return _failed("deadlines", str(exc))
    return 0


_MAX_ALARM_HOURS = 8784
"""The longest ``--alarm``: a leap year of hours (no reminder comes earlier)."""


_DEADLINES = _Command(
    "list the deadlines of an incident, or write them as an iCalendar file",
    "List every obligation's deadline, per controller, in the authority's local "
    "time; with --format ics, write an iCalendar file: one event per obligation in "
    "the authority's time zone, with reminders before the due time (needs the "
    "icalendar package: pip install 'breachmodel[ics]').",
    _deadlines_arguments,
    _deadlines_command,
)


# --- regimes ------------------------------------------------------------------------------


_REGIMES_DESCRIPTION = (
    "List the registered regimes: the id that --regime takes, the name, whether it is "
    "assessed by default (the baseline law always; the others where they reach the "
    "incident), and the legal instruments each encodes."
)


def _regimes_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text", help="(text)")


def _regimes_command(args: argparse.Namespace) -> int:
    listed = [
        {
            "id": r.id,
            "label": r.label,
            "title": r.title,
            "assessed": "always" if r.baseline else "where it reaches the incident",
            "instruments": list(r.instruments),
        }
        for r in REGISTRY
    ]
    if args.format == "json":
        sys.stdout.write(dumps_json(listed) + "\n")
        return 0
    for entry in listed:
        print(_safe(f"{entry['id']}: {entry['title']} (assessed {entry['assessed']})"))
        for instrument in entry["instruments"]:
            print(_safe(f"  {instrument}"))
    return 0


_REGIMES = _Command(
    "list the regimes (laws) an incident can be assessed under",
    _REGIMES_DESCRIPTION,
    _regimes_arguments,
    _regimes_command,
)


# --- draft and register ---------------------------------------------------------------


_DOCUMENT_COMMANDS: dict[str, tuple[str, str]] = {
    "draft": (
        "draft the authority notification, the letter to people or the public notice",
        "Draft a document from an incident file: the notification to the authority "
        "(Art. 33(3)), the letter to the people concerned (Art. 34(2)), the public "
        "communication (Art. 34(3)(c)) or a processor's notice to a controller (Art. 33(2)). "
        "Every document exists in English, French, German, Spanish, Italian and Dutch.",
    ),
    "register": (
        "export the Art. 33(5) register of incident files as CSV or JSON",
        "Export the Art. 33(5) register entries of incident files as CSV or JSON.",
    ),
    "export": (
        "export an incident and its assessment as the EDPB notification template's fields",
        "Export an incident file and its assessment as the fields of the EDPB's common "
        "template for notifying personal data breaches (Art. 33 GDPR), as JSON, with "
        "every field that cannot be filled listed as missing.",
    ),
}
"""Document sub-commands -> (help, description); their arguments and handlers live in
:mod:`breachmodel.documents.cli` as ``add_<name>_arguments`` and ``run_<name>``."""


def _documents_command(name: str) -> _Command:
    """The document sub-command ``name``, from :data:`_DOCUMENT_COMMANDS`."""
    help_text, description = _DOCUMENT_COMMANDS[name]
    arguments: Callable[[argparse.ArgumentParser], None] = getattr(
        documents_cli, f"add_{name}_arguments"
    )

    def run(args: argparse.Namespace) -> int:
        status: int = getattr(documents_cli, f"run_{name}")(args)
        return status

    return _Command(help_text, description, arguments, run)


# --- scope --------------------------------------------------------------------------------


def _scope_arguments(parser: argparse.ArgumentParser) -> None:
    from breachmodel.scoping import cli as scope_cli  # noqa: PLC0415 - start-up: scoping stays unloaded until its parser is built

    scope_cli.add_arguments(parser)


def _scope_command(args: argparse.Namespace) -> int:
    from breachmodel.scoping import cli as scope_cli  # noqa: PLC0415 - start-up: scoping stays unloaded until its parser is built

    return scope_cli.run(args)


_SCOPE = _Command(
    "count the people of a member table and write the notification manifest",
    "Scope an incident on its member table: exact counts per controller, country, "
    "subdivision, data elements, minors and channel (problems counted by reason), "
    "the incident with those counts, its assessment, and the manifest of letters "
    "(one row per person and obligation). Needs the scale extra (DuckDB) or the "
    "spark extra.",
    _scope_arguments,
    _scope_command,
)


# --- completion ---------------------------------------------------------------------------

_SHELLS = ("bash", "zsh", "tcsh")


def _completion_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=_SHELLS, help="the shell")


def _completion_command(args: argparse.Namespace) -> int:
    import shtab  # noqa: PLC0415 - start-up: shtab loads importlib.metadata and email

    sys.stdout.write(shtab.complete(build_parser(), shell=args.shell))
    return 0


_COMPLETION = _Command(
    "print a shell completion script (bash, zsh or tcsh)",
    "Print the completion script of a shell, generated from this parser by shtab. "
    "For bash: breachmodel completion bash > ~/.local/share/bash-completion/"
    "completions/breachmodel",
    _completion_arguments,
    _completion_command,
)


# --- registry and dispatch ----------------------------------------------------------------

_COMMANDS: dict[str, _Command] = {
    "validate": _VALIDATE,
    "assess": _ASSESS,
    "draft": _documents_command("draft"),
    "register": _documents_command("register"),
    "export": _documents_command("export"),
    "deadlines": _DEADLINES,
    "regimes": _REGIMES,
    "schema": _SCHEMA,
    "scope": _SCOPE,
    "completion": _COMPLETION,
}
"""Sub-command name -> its help, description, arguments and runner, in ``--help`` order."""

_OWN_OUTPUT = frozenset({"assess", "schema", "scope"})
"""Commands that handle ``-o/--output`` themselves; :func:`main` redirects the others'."""


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every registered sub-command.

    Returns:
        The parser; ``args.command`` names the chosen sub-command (None if none).
    """
    parser = argparse.ArgumentParser(
        prog="breachmodel",
        description=(
            "Model personal-data breach incidents and compute the obligations that follow."
        ),
    )
    parser.add_argument("--version", action="version", version=f"breachmodel {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, command in _COMMANDS.items():
        sub = subparsers.add_parser(name, help=command.help, description=command.description)
        command.arguments(sub)
        sub.set_defaults(command=name)
        if not any("--output" in a.option_strings for a in sub._actions):
            _add_output_argument(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``breachmodel`` command line.

    Args:
        argv: The arguments, without the program name (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 success, 1 invalid input, 2 usage error, 3 a ``--fail-on``
        condition holds.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else 2
    if args.command is None:
        parser.print_usage(sys.stderr)
        print("breachmodel: error: choose a command", file=sys.stderr)
        return 2
    clash = overwritten_input(getattr(args, "output", None), _inputs(args))
    if clash is not None:
        return _usage(args.command, f"--output {clash} is an input file; write to another file")
    try:
        with signals_raise():
            return _run(args)
    except (KeyboardInterrupt, Terminated):  # any output file has been removed (`output_to`)
        return _stopped(args.command)
    except BrokenPipeError:  # e.g. `breachmodel schema | head`: the reader went away
        _silence_stdout()
        return 1
    except BreachModelError as exc:
        for problem in problems_of(exc):
            _failed(args.command, str(problem))
        return 1
    except OSError as exc:  # the output cannot be written: no such folder, disk full...
        where = f" ({exc.filename})" if exc.filename else ""
        return _failed(args.command, f"{exc.strerror or type(exc).__name__}{where}")
    except Exception as exc:  # a bug: one line, never a traceback nor a value from the input
        if received_signal() is not None:  # stopped inside a library that wrapped the signal
            return _stopped(args.command)
        return _failed(args.command, f"internal error ({_where(exc)}); please report it")


def _stopped(command: str) -> int:
    """Report that SIGINT (Ctrl-C) or SIGTERM stopped the command; its exit status."""
    if received_signal() == signal.SIGTERM:
        sys.stderr.write(f"breachmodel {command}: terminated\n")
        return _TERMINATED
    sys.stderr.write(f"breachmodel {command}: interrupted\n")
    return _INTERRUPTED


_INTERRUPTED = 130
"""The exit status after Ctrl-C (SIGINT): 128 + 2, as shells report it."""

_TERMINATED = 143
"""The exit status after SIGTERM: 128 + 15."""


def _inputs(args: argparse.Namespace) -> list[str]:
    """The files the command reads (its FILE arguments)."""
    found: list[str] = []
    for name in ("input", "file", "files", "incident", "people", "mapping"):
        value = getattr(args, name, None)
        found += value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return found


def _run(args: argparse.Namespace) -> int:
    handler = _COMMANDS[args.command].run
    if args.command in _OWN_OUTPUT:
        return handler(args)
    return _written(args.output, lambda: handler(args), always=args.command == "validate")


def _written(output: str | None, run: Callable[[], int], *, always: bool = False) -> int:
    """Run a command with its output sent to ``output``; the exit status.

    The file is kept when the command succeeds, or when a ``--fail-on`` condition holds
    (the output is whole); not when the input was refused, since the problems then go
    to the screen and the file would be empty or partial (``always`` keeps it anyway:
    ``validate``'s output is its problems).
    """
    with _output_to(output) as target:
        status = run()
        target.keep = always or status in (0, FAIL_ON_STATUS)
    return status


def _where(exc: BaseException) -> str:
    """The exception's type and the line of breachmodel that raised it.

    Not its message: that may quote the input.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "breachmodel" in f.filename] or frames
    if not ours:
        return type(exc).__name__
    last = ours[-1]
    return f"{type(exc).__name__} at {Path(last.filename).name}:{last.lineno}"


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush does not fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
