"""The ``breachmodel`` command line.

Commands:

``breachmodel validate FILE...``
    Check incident files. Prints ``ok: FILE`` for each valid file. For an invalid or
    unreadable file, prints one line per problem, ``FILE: message @ $.path`` (``@ $``
    for problems with the file as a whole). All of this goes to **standard output**,
    like a linter's findings, so it can be piped or grepped; standard error is kept for
    usage errors. Exit status: 0 if every file is valid, 1 if any is not.
``breachmodel assess FILE [--as-of INSTANT] [--format text|markdown|html|json]``
    Assess one incident file (or processor incident file) under the GDPR and print every
    determination with its reasons. Exit status 0 whatever the outcome; 1 when the file
    is invalid, with the same lines as ``validate``. A ``.jsonl`` or ``.csv`` file, or
    ``--input-format``, runs the bulk form (:mod:`breachmodel.bulk_cli`).
``breachmodel schema [--output incident|processor|assessment]``
    Print the JSON Schema (draft 2020-12) of an incident file, a processor incident file,
    or ``assess --format json`` output.
``breachmodel draft FILE --kind authority|people|public [--lang en|fr]``
    Draft the notification, the letter to people, or the public communication.
``breachmodel register FILE... --format csv|json``
    Export the Art. 33(5) register of the incidents.
``breachmodel --version``
    Print the version.

Usage errors exit with status 2 (argparse's convention). No command ever ends in a
traceback for bad input.

Adding a command: write ``_add_<name>_parser(subparsers)`` that adds its sub-parser and
``_<name>_command(args) -> int`` that runs it, then add one entry to :data:`_COMMANDS`.
Import heavy modules inside the command function, so that ``import breachmodel.cli``
(and ``--help``) stays fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from breachmodel._version import __version__

if TYPE_CHECKING:
    from breachmodel.errors import Problem

__all__ = ["build_parser", "main"]

Handler = Callable[[argparse.Namespace], int]


# --- validate -----------------------------------------------------------------------------


def _add_validate_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "validate",
        help="check incident files",
        description=(
            "Check incident files. Prints 'ok: FILE' for each valid file and one line "
            "'FILE: message @ $.path' per problem otherwise, on standard output. "
            "Exits 0 if all files are valid, 1 otherwise."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="an incident JSON file")
    return parser


def _file_problems(name: str) -> list[Problem]:
    """Every problem with one incident file (empty if it is valid)."""
    from pathlib import Path

    from breachmodel.errors import InvalidIncidentError, Problem
    from breachmodel.processor import loads_any

    path = Path(name)
    try:
        if path.is_dir():
            return [Problem("$", "is a directory, not an incident file")]
        data = path.read_bytes()
    except FileNotFoundError:
        return [Problem("$", "no such file")]
    except OSError as exc:
        return [Problem("$", f"cannot read the file: {exc.strerror or exc}")]
    try:
        loads_any(data, source=name)
    except InvalidIncidentError as exc:
        return list(exc.problems)
    except Exception as exc:  # a bug must still not end in a traceback
        return [
            Problem("$", f"internal error while reading the file ({type(exc).__name__}: {exc})")
        ]
    return []


def _validate_command(args: argparse.Namespace) -> int:
    status = 0
    for name in args.files:
        problems = _file_problems(name)
        if not problems:
            print(f"ok: {name}")
            continue
        status = 1
        for problem in problems:
            print(f"{name}: {problem}")
    return status


# --- schema -------------------------------------------------------------------------------


def _add_schema_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of an incident file",
        description=(
            "Print the JSON Schema (draft 2020-12) of an incident file; with --output "
            "processor, of a processor incident file; with --output assessment, of the JSON "
            "that 'assess --format json' writes."
        ),
    )
    parser.add_argument(
        "--output",
        choices=("incident", "processor", "assessment"),
        default="incident",
        help="which schema (default: incident)",
    )
    return parser


def _schema_command(args: argparse.Namespace) -> int:
    if getattr(args, "output", "incident") == "processor":
        from breachmodel.schema import processor_schema_json

        sys.stdout.write(processor_schema_json())
        return 0
    if getattr(args, "output", "incident") == "assessment":
        from breachmodel.output_schema import assessment_schema_json

        sys.stdout.write(assessment_schema_json())
        return 0
    from breachmodel.schema import schema_json

    sys.stdout.write(schema_json())
    return 0


# --- assess -------------------------------------------------------------------------------

_SINGLE_FORMATS = ("text", "markdown", "html", "json")
_BULK_FORMATS = ("jsonl", "csv")


def _add_assess_parser(subparsers: Any) -> argparse.ArgumentParser:
    from breachmodel.bulk_cli import add_arguments

    parser: argparse.ArgumentParser = subparsers.add_parser(
        "assess",
        help="assess an incident under the GDPR",
        description=(
            "Assess an incident file (or a processor incident file) under the GDPR and print "
            "every determination with its deadline, reasons and citations. Exit status 0 "
            "whatever the outcome, 1 if the file is invalid, 2 on usage errors. A .jsonl or "
            ".csv file (or --input-format) is assessed in bulk, one row per incident."
        ),
    )
    parser.add_argument(
        "input", metavar="FILE", help="an incident JSON file, or a .jsonl/.csv file of many"
    )
    parser.add_argument(
        "--as-of",
        metavar="INSTANT",
        default=None,
        help="judge deadlines at this ISO 8601 instant with a UTC offset (default: not judged)",
    )
    parser.add_argument(
        "--format",
        choices=(*_SINGLE_FORMATS, *_BULK_FORMATS),
        default=None,
        help="text, markdown, html or json for one incident (default text); "
        "jsonl or csv in bulk (default jsonl)",
    )
    rules = parser.add_argument_group("interpretation options (see the interpretations page)")
    rules.add_argument(
        "--ruleset",
        choices=("gdpr-2016", "digital-omnibus-2025-proposal"),
        default="gdpr-2016",
        help="the rules in force (default) or the Digital Omnibus proposal, which is not law (E18)",
    )
    rules.add_argument(
        "--counting",
        choices=("elapsed", "reg_1182_71"),
        default="elapsed",
        help="how the 72 hours are counted (E2; default: elapsed time from awareness)",
    )
    rules.add_argument(
        "--no-enisa-pointer",
        action="store_true",
        help="never let the ENISA severity band raise the suggested risk level (E8)",
    )
    add_arguments(parser, skip={"input", "--format", "--as-of"})
    return parser


def _gdpr_options(args: argparse.Namespace) -> Any:
    from breachmodel.clocks import Convention
    from breachmodel.rules.gdpr.options import GdprOptions, Ruleset

    return GdprOptions(
        ruleset=Ruleset(args.ruleset),
        counting=Convention(args.counting),
        enisa_pointer=not args.no_enisa_pointer,
    )


def _assess_command(args: argparse.Namespace) -> int:
    from pathlib import Path

    from breachmodel import bulk_cli

    args.gdpr_options = _gdpr_options(args)
    bulk = (
        args.input_format is not None
        or Path(args.input).suffix.lower() in (".jsonl", ".csv")
        or args.format in _BULK_FORMATS
    )
    if bulk:
        args.format = args.format or "jsonl"
        return bulk_cli.run(args)
    fmt = args.format or "text"
    try:
        as_of = bulk_cli.parse_as_of(args.as_of)
    except ValueError as exc:
        print(f"breachmodel assess: error: {exc}", file=sys.stderr)
        return 2
    problems = _file_problems(args.input)
    if problems:
        for problem in problems:
            print(f"{args.input}: {problem}")
        return 1
    from breachmodel.assessment import assess
    from breachmodel.processor import (
        ProcessorIncident,
        assess_processor_incident,
        load_any,
        render_processor_assessment,
    )

    record = load_any(args.input)
    if isinstance(record, ProcessorIncident):
        processed = assess_processor_incident(record, as_of=as_of, options=args.gdpr_options)
        output = render_processor_assessment(processed, fmt)
    else:
        result = assess(record, as_of=as_of, options=args.gdpr_options)
        renderers = {
            "text": result.to_text,
            "markdown": result.to_markdown,
            "html": result.to_html,
            "json": result.to_json,
        }
        output = renderers[fmt]()
    sys.stdout.write(output)
    return 0


# --- draft and register ---------------------------------------------------------------


def _add_draft_parser(subparsers: Any) -> argparse.ArgumentParser:
    from breachmodel.documents.cli import add_draft_arguments

    parser: argparse.ArgumentParser = subparsers.add_parser(
        "draft",
        help="draft the authority notification, the letter to people or the public notice",
        description=(
            "Draft a document from an incident file: the notification to the authority "
            "(Art. 33(3)), the letter to the people concerned (Art. 34(2)) or the public "
            "communication (Art. 34(3)(c)), in English or French."
        ),
    )
    add_draft_arguments(parser)
    return parser


def _draft_command(args: argparse.Namespace) -> int:
    from breachmodel.documents.cli import run_draft

    return run_draft(args)


def _add_register_parser(subparsers: Any) -> argparse.ArgumentParser:
    from breachmodel.documents.cli import add_register_arguments

    parser: argparse.ArgumentParser = subparsers.add_parser(
        "register",
        help="export the Art. 33(5) register of incident files as CSV or JSON",
        description="Export the Art. 33(5) register entries of incident files as CSV or JSON.",
    )
    add_register_arguments(parser)
    return parser


def _register_command(args: argparse.Namespace) -> int:
    from breachmodel.documents.cli import run_register

    return run_register(args)


# --- registry and dispatch ----------------------------------------------------------------

_COMMANDS: dict[str, tuple[Callable[[Any], argparse.ArgumentParser], Handler]] = {
    "validate": (_add_validate_parser, _validate_command),
    "assess": (_add_assess_parser, _assess_command),
    "draft": (_add_draft_parser, _draft_command),
    "register": (_add_register_parser, _register_command),
    "schema": (_add_schema_parser, _schema_command),
}
"""Sub-command name -> (function adding its parser, function running it)."""


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
    for name, (add_parser, _handler) in _COMMANDS.items():
        sub = add_parser(subparsers)
        sub.set_defaults(command=name)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``breachmodel`` command line.

    Args:
        argv: The arguments, without the program name (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 success, 1 invalid input, 2 usage error.
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
    _add_parser, handler = _COMMANDS[args.command]
    try:
        return handler(args)
    except BrokenPipeError:  # e.g. `breachmodel schema | head`: the reader went away
        _silence_stdout()
        return 1


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush does not fail."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
