"""Command-line hooks for ``breachmodel draft`` and ``breachmodel register``.

The main command line (:mod:`breachmodel.cli`) registers them with one entry each::

    "draft": _documents_command("draft"),
    "register": _documents_command("register"),

where ``_documents_command`` gives the sub-parser its help and description, passes it to
:func:`add_draft_arguments`, and runs the command with :func:`run_draft` (likewise for the
register).

Documents and registers go to standard output. Problems with an input file go to
standard error, one line each, ``FILE: message @ $.path``, and the exit status is 1; no
input ever ends in a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from breachmodel._cli_support import as_of_warnings, display_name, read_record
from breachmodel.documents import NotOwedError, draft, edpb_template, register_csv, register_json
from breachmodel.documents._draft import LANGUAGES
from breachmodel.errors import BreachModelError
from breachmodel.sanitize import dumps_json, one_line

if TYPE_CHECKING:
    from breachmodel.model import Incident
    from breachmodel.processor import ProcessorIncident

__all__ = [
    "add_draft_arguments",
    "add_export_arguments",
    "add_register_arguments",
    "run_draft",
    "run_export",
    "run_register",
]


def _as_of(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        msg = f"expected an ISO 8601 instant such as 2024-02-02T12:00:00+01:00, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if value.tzinfo is None or value.utcoffset() is None:
        msg = f"the instant {text!r} has no UTC offset; add one, e.g. {text}+01:00"
        raise argparse.ArgumentTypeError(msg)
    return value


def _add_as_of(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of",
        type=_as_of,
        default=None,
        metavar="INSTANT",
        help="judge deadlines at this instant (ISO 8601 with offset); never the clock",
    )


def add_draft_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``draft`` arguments.

    FILE, --kind, --lang, --force, --text-lang, --format, --controller, --as-of.
    """
    parser.add_argument(
        "file", metavar="FILE", help="an incident or processor incident file ('-': standard input)"
    )
    parser.add_argument(
        "--kind",
        required=True,
        choices=("authority", "people", "public", "processor", "reports"),
        help="notification to the authority (Art. 33), letter to the people concerned "
        "(Art. 34(2)), public notice (Art. 34(3)(c)), the processor's notice to the "
        "controller (Art. 33(2), from a processor incident), or the checklists of a "
        "regime's staged reports (with --regime: a regime with staged reports; en or fr)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language (default: the people's language for a letter or public notice, "
        "the authority's for a notification)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="draft even where the assessment does not require the document (the draft "
        "then opens with a warning)",
    )
    parser.add_argument(
        "--regime",
        default=None,
        metavar="ID",
        help="the law the document answers (default: the GDPR); uk_gdpr drafts the "
        "notification to the ICO and the letters under the UK GDPR",
    )
    parser.add_argument(
        "--text-lang",
        default=None,
        metavar="CODE",
        help="language of the record's free text (default: the record's text_lang, en if "
        "unset); in a draft of another language each free-text field is quoted from the "
        "record's translations, or else marked to be translated",
    )
    parser.add_argument(
        "--format",
        choices=("text", "markdown", "html"),
        default="text",
        help="output format (text)",
    )
    parser.add_argument(
        "--controller",
        metavar="ID",
        default=None,
        help="the controller's id: one controller of a processor incident (default: every "
        "controller); for an incident file, it must be the file's controller",
    )
    _add_as_of(parser)


def add_register_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``register`` arguments: FILE..., --format csv|json, --as-of."""
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="incident or processor incident files ('-': standard input)",
    )
    parser.add_argument("--format", choices=("csv", "json"), default="csv", help="(csv)")
    _add_as_of(parser)


def _load(name: str) -> tuple[Incident | ProcessorIncident | None, list[str]]:
    """Read one file (``-``: standard input); return the record, or the problem lines."""
    record, problems = read_record(name)
    return record, [f"{display_name(name)}: {p}" for p in problems]


def _warn_as_of(record: Incident | ProcessorIncident, as_of: datetime | None) -> None:
    _say(f"breachmodel: warning: {warning}" for warning in as_of_warnings(record, as_of))


def _say(lines: Iterable[str]) -> None:
    """Write lines to standard error, each on one line, escaped (they may quote the input)."""
    sys.stderr.write("".join(f"{one_line(line)}\n" for line in lines))


def _errors(lines: list[str]) -> int:
    _say(lines)
    return 1


def _reports(
    args: argparse.Namespace,
    record: Incident | ProcessorIncident,
    target: str | None,
    assessment: Any,
) -> Any:
    """The report checklists of ``--regime`` for the incident or one controller's share."""
    from breachmodel.documents._reports import report_checklists  # noqa: PLC0415 - start-up: `--help` loads no assessment code
    from breachmodel.processor import ProcessorIncident, controller_incident  # noqa: PLC0415 - start-up: `--help` loads no assessment code

    if args.regime is None:
        msg = "--kind reports needs --regime: the id of a regime with staged reports"
        raise BreachModelError(msg)
    if isinstance(record, ProcessorIncident):
        share = record.share(target or record.controllers[0].organisation.id)
        incident = controller_incident(record, share)
        result = assessment[share.organisation.id]
    else:
        incident, result = record, assessment
    return report_checklists(
        incident, regime=args.regime, lang=args.lang or "en", assessment=result
    )


def _drafts(args: argparse.Namespace, record: Incident | ProcessorIncident) -> list[Any]:
    """The documents asked for, or the notes on why each was not drafted (str)."""
    from breachmodel.processor import ProcessorIncident, assess_processor_incident  # noqa: PLC0415 - start-up: `--help` loads no assessment code

    opts = {"kind": args.kind, "lang": args.lang, "force": args.force}
    opts["text_lang"] = args.text_lang
    opts["regime"] = args.regime
    if not isinstance(record, ProcessorIncident):
        from breachmodel.assessment import assess  # noqa: PLC0415 - start-up: `--help` loads no assessment code

        targets: list[str | None] = [None]
        assessment: Any = assess(record, as_of=args.as_of)
    else:
        targets = (
            [args.controller]
            if args.controller
            else [s.organisation.id for s in record.controllers]
        )
        assessment = assess_processor_incident(record, as_of=args.as_of)
    out: list[Any] = []
    for target in targets:
        try:
            if args.kind == "reports":
                out.append(_reports(args, record, target, assessment))
                continue
            out.append(
                draft(record, controller=target, assessment=assessment, as_of=args.as_of, **opts)
            )
        except (NotOwedError, BreachModelError, ValueError) as exc:
            # Not owed, or not draftable as asked (regime, language): say so per target.
            who = f"controller {target}: " if target else ""
            out.append(f"{args.file}: {who}{exc}")
    return out


def run_draft(args: argparse.Namespace) -> int:
    """Run ``breachmodel draft``: print the documents owed (or forced).

    Returns 0 when at least one document was printed; 1 for invalid input or when no
    document is owed (each skipped document is explained on standard error).
    """
    from breachmodel.processor import ProcessorIncident  # noqa: PLC0415 - start-up: `--help` loads no assessment code

    record, problems = _load(args.file)
    if record is None:
        return _errors(problems)
    _warn_as_of(record, args.as_of)
    if isinstance(record, ProcessorIncident) and args.controller is not None:
        ids = [s.organisation.id for s in record.controllers]
        if args.controller not in ids:
            known = ", ".join(ids) or "none"
            return _errors(
                [f"{args.file}: no controller {args.controller!r}; known: {known} @ $.controllers"]
            )
    elif (
        not isinstance(record, ProcessorIncident)
        and args.controller is not None
        and args.controller != record.controller.id
    ):
        own = record.controller.id
        return _errors(
            [
                f"{args.file}: no controller {args.controller!r} in this incident file "
                f"(its controller is {own!r}); --controller picks one controller of a "
                "processor incident file @ $.controller.id"
            ]
        )
    results = _drafts(args, record)
    notes = [r for r in results if isinstance(r, str)]
    docs = [r for r in results if not isinstance(r, str)]
    _say(notes)
    render = {"text": "to_text", "markdown": "to_markdown", "html": "to_html"}[args.format]
    separator = {"text": "\n\f\n", "markdown": "\n---\n\n", "html": "\n"}[args.format]
    sys.stdout.write(separator.join(getattr(d, render)() for d in docs))
    return 0 if docs else 1


def run_register(args: argparse.Namespace) -> int:
    """Run ``breachmodel register``: print the Art. 33(5) register; 1 if any file is invalid.

    Nothing is printed on standard output unless every file is valid: a register missing
    an incident would mislead.
    """
    records: list[Incident | ProcessorIncident] = []
    problems: list[str] = []
    for name in args.files:
        record, found = _load(name)
        problems += found
        if record is not None:
            _warn_as_of(record, args.as_of)
            records.append(record)
    if problems:
        return _errors(problems)
    if args.format == "json":
        sys.stdout.write(register_json(records, as_of=args.as_of))
    else:
        sys.stdout.write(register_csv(records, as_of=args.as_of))
    return 0


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``export`` arguments: FILE, --to, --controller, --withdraw, --as-of."""
    parser.add_argument(
        "file", metavar="FILE", help="an incident or processor incident file ('-': standard input)"
    )
    parser.add_argument(
        "--to",
        required=True,
        choices=("edpb-template",),
        help="the format: the fields of the EDPB's common breach notification template",
    )
    parser.add_argument(
        "--controller",
        metavar="ID",
        default=None,
        help="for a processor incident: the controller's id (default: every controller)",
    )
    parser.add_argument(
        "--withdraw",
        metavar="REASON",
        default=None,
        help="export a withdrawal of the earlier notification, for this reason",
    )
    _add_as_of(parser)


def run_export(args: argparse.Namespace) -> int:
    """Run ``breachmodel export``: print the export as JSON (a list for several controllers).

    The missing fields are listed in the output (``missing``) and counted on standard
    error. Returns 0, or 1 for invalid input.
    """
    from breachmodel.processor import ProcessorIncident, assess_processor_incident  # noqa: PLC0415 - start-up: `--help` loads no assessment code

    record, problems = _load(args.file)
    if record is None:
        return _errors(problems)
    targets: list[str | None] = [args.controller]
    assessment: Any = None
    if isinstance(record, ProcessorIncident):
        ids = [s.organisation.id for s in record.controllers]
        if args.controller is not None and args.controller not in ids:
            known = ", ".join(ids) or "none"
            return _errors(
                [f"{args.file}: no controller {args.controller!r}; known: {known} @ $.controllers"]
            )
        targets = [args.controller] if args.controller else list(ids)
        assessment = assess_processor_incident(record, as_of=args.as_of)
    try:
        exports = [
            edpb_template(
                record,
                controller=t,
                assessment=assessment,
                as_of=args.as_of,
                withdrawal=args.withdraw,
            )
            for t in targets
        ]
    except ValueError as exc:
        return _errors([f"{args.file}: {exc} @ $.timeline.authority_notices"])
    _say(
        f"{e.incident_id}: {len(e.missing)} field(s) to complete: {', '.join(e.missing)}"
        for e in exports
        if e.missing
    )
    data = [e.to_dict() for e in exports]
    out = data[0] if not isinstance(record, ProcessorIncident) else data
    sys.stdout.write(dumps_json(out, indent=2) + "\n")
    return 0
