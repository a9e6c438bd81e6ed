"""Bulk assessment: stream many incidents through :func:`~breachmodel.assess`.

Input is one file of many records: incident files one per line (``incident-jsonl``),
VERIS records one per line (``veris-jsonl``), or the HHS breach portal's CSV export
(``hhs-csv``). Records are read, imported and assessed in chunks; only a bounded number
of chunks is in flight at once (:func:`in_flight_bound`), so memory does not grow with
the file. With ``processes > 1`` the chunks go to a process pool and come back in input
order. A bad record never stops the run: it becomes a row with status ``failed`` naming
the record and the field.

Each incident gives one *row*, a plain dict::

    {"record": 12, "id": "...", "status": "partial", "duplicate": false,
     "risk": "high", "outcomes": {"gdpr.art33.notify_authority": "required", ...},
     "notify_authority": "required", "notify_authority_due": "2024-02-02T17:00:00+00:00",
     "inform_individuals": "required", "inform_individuals_due": null, ...,
     "missing_facts": 3, "unknown_facts": ["$.subjects[0].count"],
     "data_categories": ["health"], "problems": []}

``outcomes`` holds every assessed regime's determinations by id. Then, for each duty
(:func:`duties`: notify the authority, notify the controller, inform the individuals,
public notice...), the outcome combined across regimes (owed under one regime
means owed: :func:`breachmodel._duties.combined_outcome`) and ``<duty>_due``, the
soonest due instant of any regime's deadline for it. ``risk`` is the level the
obligations use, or ``"undetermined"``; ``missing_facts`` counts the distinct facts the
determinations and analyses lack. :class:`Summary` counts rows by status, outcome, duty,
risk level and data category.

>>> from breachmodel.model import Incident, Organisation
>>> from breachmodel.importers import ImportResult
>>> inc = Incident(id="A", controller=Organisation(id="c", name="C"))
>>> rows = list(assess_stream([ImportResult(incident=inc, record=1)]))
>>> rows[0]["id"], rows[0]["status"], rows[0]["notify_authority"]
('A', 'full', 'undetermined')
>>> summary = Summary()
>>> summary.add(rows[0])
>>> summary.by_status
{'full': 1}
"""

from __future__ import annotations

import csv
import functools
import gc
import json
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from itertools import chain, islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, Literal, TypeVar

import attrs

from breachmodel._duties import OUTCOME_STRENGTH, level_of
from breachmodel._log import get_logger
from breachmodel._probe import determination_ids, duties
from breachmodel.assessment import assess
from breachmodel.errors import InvalidIncidentError, Problem
from breachmodel.frames import bulk_frame, require_pandas
from breachmodel.importers._result import ImportResult, ImportStatus, log_import
from breachmodel.importers._veris_decode import decode_veris_line
from breachmodel.importers.hhs import COLUMNS, hhs_row_to_incident
from breachmodel.importers.veris import veris_to_incident
from breachmodel.obligations import Duty
from breachmodel.sanitize import csv_cell, dumps_json, one_line
from breachmodel.serialization import decode_json, from_data

if TYPE_CHECKING:
    from concurrent.futures import Future

    from breachmodel.assessment import Assessment

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "Format",
    "Progress",
    "Summary",
    "assess_file",
    "assess_stream",
    "count_records",
    "detect_format",
    "determination_ids",
    "duties",
    "frame",
    "import_record",
    "in_flight_bound",
    "iter_incidents",
    "iter_records",
    "write_csv",
    "write_jsonl",
]

_logger = get_logger("bulk")

Format = Literal["incident-jsonl", "veris-jsonl", "hhs-csv"]
FORMATS: Final[tuple[Format, ...]] = ("incident-jsonl", "veris-jsonl", "hhs-csv")

DEFAULT_CHUNK_SIZE: Final = 64
"""Records per chunk sent to a worker: large enough to amortise pickling."""

CHUNKS_PER_PROCESS: Final = 2
"""Chunks in flight per worker process: one being worked on, one queued."""

POOL_MIN_RECORDS: Final = 256
"""Inputs with fewer records are worked on in this process whatever ``processes`` says.

Starting and stopping two warm workers costs about as much as assessing 150 VERIS
records on one core (``benchmarks/bench_assess.py --only crossover``); below this size
the pool cannot pay for itself.
"""

T = TypeVar("T")
R = TypeVar("R")
Row = dict[str, Any]


def in_flight_bound(processes: int, chunk_size: int = DEFAULT_CHUNK_SIZE) -> int:
    """The most records read but not yet yielded as rows at any moment.

    With several processes, the first :data:`POOL_MIN_RECORDS` records (in whole chunks)
    are read ahead to tell whether the input is large enough for a pool.

    >>> in_flight_bound(1, 64), in_flight_bound(2, 64), in_flight_bound(2, 10)
    (64, 256, 260)
    """
    if processes <= 1:
        return chunk_size
    return max(processes * CHUNKS_PER_PROCESS, _lookahead(chunk_size)) * chunk_size


def _lookahead(chunk_size: int, min_records: int = POOL_MIN_RECORDS) -> int:
    """Chunks read ahead to decide whether to start a pool."""
    return -(-min_records // chunk_size)


# --- reading ------------------------------------------------------------------------------


def detect_format(path: str | Path) -> Format:
    """Guess a bulk file's format from its extension and first record.

    ``.csv`` is the HHS portal export. For ``.jsonl`` (or ``.ndjson``), a first record
    with ``incident_id``, or with ``timeline`` and ``victim``, is VERIS; one with
    ``schema_version`` otherwise is an incident file.

    Raises:
        ValueError: When the format cannot be told; pass it explicitly.
        OSError: When the file cannot be read.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".csv":
        return "hhs-csv"
    if suffix not in (".jsonl", ".ndjson", ".json"):
        msg = f"cannot tell the format of {p.name!r} from its extension; give the input format"
        raise ValueError(msg)
    with p.open("rb") as fh:
        for raw in fh:
            if not raw.strip():
                continue
            try:
                first = json.loads(raw)
            except ValueError:
                break
            if isinstance(first, dict):
                if "incident_id" in first or ("timeline" in first and "victim" in first):
                    return "veris-jsonl"
                if "schema_version" in first:
                    return "incident-jsonl"
            break
    msg = (
        f"cannot tell whether {p.name!r} holds incident files or VERIS records from its "
        "first line; give the input format"
    )
    raise ValueError(msg)


def iter_records(path: str | Path, format: Format) -> Iterator[tuple[int, Any]]:
    """Yield ``(record number, raw record)``: the line's bytes, or the CSV row's dict.

    JSONL record numbers are line numbers (blank lines are skipped, not renumbered); CSV
    record numbers count data rows from 1 (the header is not a record).

    Raises:
        InvalidIncidentError: When a CSV file lacks the portal's columns, is not UTF-8
            text, or holds a field longer than the csv module reads.
    """
    p = Path(path)
    if format == "hhs-csv":
        with p.open(newline="", encoding="utf-8-sig") as fh, _csv_problems(p):
            reader = csv.DictReader(fh)
            header = {
                "Breach Submission Date" if h.startswith("Breach Submission Date") else h
                for h in reader.fieldnames or ()
            }
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                problem = Problem("$", f"not an HHS portal export: columns missing: {missing}")
                raise InvalidIncidentError([problem], source=str(p))
            yield from enumerate(reader, 1)
        return
    with p.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if raw.strip():
                yield n, raw


@contextmanager
def _csv_problems(path: Path) -> Iterator[None]:
    """Turn what stops a CSV file being read into a problem naming the file and the fix.

    Raises:
        InvalidIncidentError: For text that is not UTF-8 (an export saved as UTF-16 or in
            a Windows code page) or a field longer than the csv module reads (a quote
            left open runs to the end of the file).
    """
    try:
        yield
    except UnicodeDecodeError as exc:
        byte = exc.object[exc.start : exc.start + 1].hex()
        message = f"not UTF-8 text (a byte 0x{byte} cannot be read); save it as CSV UTF-8"
        raise InvalidIncidentError([Problem("$", message)], source=str(path)) from None
    except csv.Error as exc:
        message = f"not a CSV file that can be read: {exc} (a quotation mark left open?)"
        raise InvalidIncidentError([Problem("$", message)], source=str(path)) from None


def count_records(path: str | Path, format: Format) -> int:
    """Count a file's records (one pass, little memory), e.g. for a progress bar.

    Raises:
        InvalidIncidentError: When a CSV file cannot be read (see :func:`iter_records`).
    """
    if format == "hhs-csv":
        p = Path(path)
        with p.open(newline="", encoding="utf-8-sig") as fh, _csv_problems(p):
            return max(sum(1 for _ in csv.reader(fh)) - 1, 0)
    count = 0
    with Path(path).open("rb") as fh:
        for raw in fh:
            count += bool(raw.strip())
    return count


def _json_problem(raw: bytes | str) -> tuple[Any, Problem | None]:
    return decode_json(raw)


def import_record(format: Format, record: int, raw: Any) -> ImportResult:
    """Import one raw record (as :func:`iter_records` yields it); never raises for bad input."""
    if format == "hhs-csv":
        return hhs_row_to_incident(raw, row_number=record)
    if format == "veris-jsonl" and isinstance(raw, bytes):
        typed = decode_veris_line(raw)
        if typed is not None:
            return veris_to_incident(typed, line=record)
    data, problem = _json_problem(raw)
    if problem is not None:
        return log_import(ImportResult(incident=None, problems=(problem,), record=record))
    if format == "veris-jsonl":
        return veris_to_incident(data, line=record)

    source_id = data.get("id") if isinstance(data, dict) else None
    source_id = source_id if isinstance(source_id, str) else None
    try:
        incident = from_data(data)
    except InvalidIncidentError as exc:
        return log_import(
            ImportResult(incident=None, problems=exc.problems, record=record, source_id=source_id)
        )
    return ImportResult(incident=incident, record=record, source_id=source_id)


class _Dedupe:
    """Makes incident ids unique in input order by suffixing ``#<record>`` to repeats."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def new_id(self, incident_id: str, record: int | None) -> str | None:
        """The id to use instead, or None if this one is new."""
        if incident_id not in self.seen:
            self.seen.add(incident_id)
            return None
        candidate = f"{incident_id}#{record}"
        n = 2
        while candidate in self.seen:
            candidate = f"{incident_id}#{record}.{n}"
            n += 1
        self.seen.add(candidate)
        _logger.warning(
            "record %s: incident id seen before; renamed with a #%s suffix", record, record
        )
        return candidate

    def result(self, result: ImportResult) -> ImportResult:
        if result.incident is None:
            return result
        new = self.new_id(result.incident.id, result.record)
        if new is None:
            return result
        return attrs.evolve(result, incident=attrs.evolve(result.incident, id=new), duplicate=True)

    def row(self, row: Row) -> Row:
        if row["status"] == ImportStatus.FAILED.value or row["id"] is None:
            return row
        new = self.new_id(row["id"], row["record"])
        if new is not None:
            row["id"] = new
            row["duplicate"] = True
        return row


def iter_incidents(path: str | Path, *, format: Format | None = None) -> Iterator[ImportResult]:
    """Read and import a bulk file lazily, one :class:`ImportResult` per record.

    Ids are made unique: an id seen before in the file gets ``#<record>`` appended and
    the result is marked ``duplicate``.

    Args:
        path: The file.
        format: Its format; guessed by :func:`detect_format` when None.
    """
    fmt = format or detect_format(path)
    dedupe = _Dedupe()
    for n, raw in iter_records(path, fmt):
        yield dedupe.result(import_record(fmt, n, raw))


# --- assessing ----------------------------------------------------------------------------


_STRENGTH: Final = {o: n for n, o in enumerate(OUTCOME_STRENGTH)}


@functools.cache
def _cell_names() -> tuple[tuple[Duty, str, str], ...]:
    """Each duty of a row with its two column names (outcome, due instant)."""
    return tuple((duty, duty.value, f"{duty.value}_due") for duty in duties())


def _duty_cells(a: Assessment | None) -> Row:
    """Per duty, the combined outcome and the soonest due instant (None without ``a``).

    :func:`~breachmodel._duties.combined_outcome` and
    :func:`~breachmodel._duties.soonest_due` of each duty's determinations, worked out in
    one pass over the determinations (the first of equal instants is kept, as ``min``
    keeps it).
    """
    strongest: dict[Duty, int] = {}
    soonest: dict[Duty, datetime] = {}
    for d in a.determinations if a is not None else ():
        key = d.key
        if key is None:
            continue
        duty = key.duty
        rank = _STRENGTH.get(d.outcome)
        if rank is not None and rank < strongest.get(duty, len(OUTCOME_STRENGTH)):
            strongest[duty] = rank
        due = d.deadline.due if d.deadline is not None else None
        if isinstance(due, datetime) and (duty not in soonest or due < soonest[duty]):
            soonest[duty] = due
    cells: Row = {}
    for duty, name, due_name in _cell_names():
        rank = strongest.get(duty)
        found = soonest.get(duty)
        cells[name] = OUTCOME_STRENGTH[rank]._value_ if rank is not None else None
        cells[due_name] = found.isoformat() if found is not None else None
    return cells


def _failed_row(result: ImportResult, problems: Iterable[str]) -> Row:
    return {
        "record": result.record,
        "id": result.incident.id if result.incident is not None else result.source_id,
        "status": ImportStatus.FAILED.value,
        "duplicate": False,
        "risk": None,
        "outcomes": {},
        **_duty_cells(None),
        "missing_facts": None,
        "unknown_facts": list(result.unknown),
        "data_categories": [],
        "problems": list(problems),
    }


def _row(result: ImportResult, as_of: datetime | None, options: Any, regimes: Any) -> Row:
    incident = result.incident
    if incident is None:
        return _failed_row(result, result.messages())
    try:
        a = assess(incident, as_of=as_of, options=options, regimes=regimes, sensitivities=False)
    except InvalidIncidentError as exc:  # a value only the rules read, refused by them
        return _failed_row(result, [f"{result.where}: {p}" for p in exc.problems])
    except Exception as exc:  # a bug must not stop the run; the row says what happened
        _logger.warning("record %s: assessment failed (%s)", result.record, type(exc).__name__)
        return _failed_row(
            result, [f"{result.where}: assessment failed ({type(exc).__name__}: {exc}) @ $"]
        )
    missing = {m.path for d in a.determinations for m in d.missing_facts}
    for regime in a.regimes:
        for analysis in regime.analyses:
            missing |= {m.path for m in getattr(analysis, "missing_facts", ())}
    return {
        "record": result.record,
        "id": incident.id,
        "status": result.status._value_,
        "duplicate": result.duplicate,
        "risk": level_of(a.analysis("risk")),
        "outcomes": {d.id: d.outcome._value_ for d in a.determinations},
        **_duty_cells(a),
        "missing_facts": len(missing),
        "unknown_facts": list(result.unknown),
        "data_categories": sorted({d.category for d in incident.data}),
        "problems": list(result.messages()),
    }


def _assess_results(
    chunk: list[ImportResult], as_of: datetime | None, options: Any, regimes: Any
) -> list[Row]:
    return [_row(r, as_of, options, regimes) for r in chunk]


def _import_and_assess(
    chunk: list[tuple[int, Any]],
    format: Format,
    as_of: datetime | None,
    options: Any,
    regimes: Any,
) -> list[Row]:
    return [_row(import_record(format, n, raw), as_of, options, regimes) for n, raw in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _warm_worker() -> None:
    """Load the rules, the importers and their caches once per process, before any chunk."""
    determination_ids()
    duties()


def _ordered_map(
    func: Callable[[list[T]], list[R]],
    chunks: Iterator[list[T]],
    processes: int,
    min_pool_records: int = POOL_MIN_RECORDS,
) -> Iterator[R]:
    """Apply ``func`` to each chunk, in order, with at most a bounded number in flight.

    With ``processes > 1``, chunks are read ahead until they hold ``min_pool_records``
    records; an input that ends sooner is worked on in this process.
    """
    if processes > 1 and min_pool_records > 0:
        head: list[list[T]] = []
        size = 0
        while size < min_pool_records and (chunk := next(chunks, None)) is not None:
            head.append(chunk)
            size += len(chunk)
        if size < min_pool_records:
            processes = 1
        chunks = chain(head, chunks)
        del head
    if processes <= 1:
        for chunk in chunks:
            yield from func(chunk)
        return

    _warm_worker()  # workers forked from here start with the rules loaded
    pool = ProcessPoolExecutor(max_workers=processes, initializer=_start_worker)
    pending: deque[Future[list[R]]] = deque()
    limit = processes * CHUNKS_PER_PROCESS
    try:
        for chunk in chunks:
            pending.append(pool.submit(func, chunk))
            del chunk
            if len(pending) >= limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _worker_signals() -> None:
    """Signals in a worker: SIGINT is left to the parent, SIGTERM ends the worker.

    Ctrl-C reaches the whole process group; the parent stops the run and shuts the
    workers down, so a worker must not die of it with a traceback in the middle.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _start_worker() -> None:
    """A worker's initializer: its signals, then the rules loaded (see :func:`_warm_worker`).

    Everything the worker holds at this point (inherited from the parent or just loaded)
    lives as long as the worker, so it is moved out of the collector's sight
    (:func:`gc.freeze`): collections then never walk those objects, and never write to
    the memory pages the worker shares with its parent after ``fork``.
    """
    _worker_signals()
    _warm_worker()
    gc.freeze()


def _check(processes: int, chunk_size: int) -> None:
    if processes < 1:
        msg = f"processes: expected 1 or more, got {processes}"
        raise ValueError(msg)
    if chunk_size < 1:
        msg = f"chunk_size: expected 1 or more, got {chunk_size}"
        raise ValueError(msg)


def assess_stream(
    results: Iterable[ImportResult],
    *,
    as_of: datetime | None = None,
    options: Any = None,
    regimes: Iterable[str] | None = None,
    processes: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    min_pool_records: int = POOL_MIN_RECORDS,
) -> Iterator[Row]:
    """Assess imported records lazily; one row per record, in input order.

    Args:
        results: Import results, e.g. from :func:`iter_incidents` (a generator is fine:
            it is read only as fast as rows are consumed).
        as_of: The instant deadlines are judged at (None: no deadline status).
        options: Interpretation options: one options object or several, each reaching
            the regimes of its class (see :func:`~breachmodel.assess`).
        regimes: The ids of the regimes to assess (default: as :func:`~breachmodel.assess`).
        processes: Worker processes; 1 assesses in this process.
        chunk_size: Records per chunk.
        min_pool_records: Inputs with fewer records are assessed in this process.

    Yields:
        One row per record (see the module docs); failed imports give failed rows.
    """
    _check(processes, chunk_size)
    regimes = tuple(regimes) if regimes is not None else None
    func = functools.partial(_assess_results, as_of=as_of, options=options, regimes=regimes)
    yield from _ordered_map(func, _chunks(results, chunk_size), processes, min_pool_records)


def assess_file(
    path: str | Path,
    *,
    format: Format | None = None,
    as_of: datetime | None = None,
    options: Any = None,
    regimes: Iterable[str] | None = None,
    processes: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    min_pool_records: int = POOL_MIN_RECORDS,
) -> Iterator[Row]:
    """Read, import and assess a bulk file lazily; one row per record, in input order.

    Workers receive raw records, so parsing and importing run in parallel too. Repeated
    incident ids are suffixed ``#<record>`` and the row marked ``duplicate``.

    Args:
        path: The file.
        format: Its format; guessed by :func:`detect_format` when None.
        as_of: The instant deadlines are judged at.
        options: Interpretation options: one options object or several, each reaching
            the regimes of its class (see :func:`~breachmodel.assess`).
        regimes: The ids of the regimes to assess (default: as :func:`~breachmodel.assess`).
        processes: Worker processes; 1 works in this process. Workers start with the
            rules loaded, and a file of fewer than ``min_pool_records`` records is worked
            on in this process (the pool would cost more than it saves).
        chunk_size: Records per chunk.
        min_pool_records: See ``processes``; 0 always starts the pool.
    """
    _check(processes, chunk_size)
    fmt = format or detect_format(path)
    regimes = tuple(regimes) if regimes is not None else None
    func = functools.partial(
        _import_and_assess, format=fmt, as_of=as_of, options=options, regimes=regimes
    )
    dedupe = _Dedupe()
    chunks = _chunks(iter_records(path, fmt), chunk_size)
    for row in _ordered_map(func, chunks, processes, min_pool_records):
        yield dedupe.row(row)


def frame(
    source: str | Path | Iterable[Row],
    *,
    format: Format | None = None,
    as_of: datetime | None = None,
    options: Any = None,
    regimes: Iterable[str] | None = None,
    processes: int = 1,
) -> Any:
    """Bulk results as a pandas DataFrame with typed columns (needs pandas).

    Args:
        source: A bulk file (assessed with :func:`assess_file` and the other arguments),
            or rows already produced by it.
        format: The file's format (guessed when None).
        as_of: The instant deadlines are judged at.
        options: Interpretation options: one options object or several, each reaching
            the regimes of its class (see :func:`~breachmodel.assess`).
        regimes: The ids of the regimes to assess (default: as :func:`~breachmodel.assess`).
        processes: Worker processes.

    Returns:
        One row per record, as :func:`breachmodel.frames.bulk_frame` describes.
    """
    require_pandas()  # fail before a long run, not after
    if isinstance(source, str | Path):
        source = assess_file(
            source,
            format=format,
            as_of=as_of,
            options=options,
            regimes=regimes,
            processes=processes,
        )
    return bulk_frame(source)


# --- summary ------------------------------------------------------------------------------

MAX_LISTED_FAILURES: Final = 20


@attrs.define
class Summary:
    """Counts over the rows of a run (add each row as it goes by).

    Attributes:
        total: Rows seen.
        by_status: Rows per import status (full, partial, failed).
        by_outcome: Per determination id, rows per outcome.
        by_duty: Per duty (``notify_authority``, ``inform_individuals``...), rows per
            outcome combined across regimes.
        by_risk: Rows per risk level (``undetermined`` when the facts do not decide).
        by_category: Rows per data category concerned.
        duplicates: Rows whose incident id was renamed because it had been seen before.
        failures: The first :data:`MAX_LISTED_FAILURES` failure messages.
        unknown_facts: Per incident path, rows where the import left it unknown.
    """

    total: int = 0
    by_status: dict[str, int] = attrs.field(factory=dict)
    by_outcome: dict[str, dict[str, int]] = attrs.field(factory=dict)
    by_risk: dict[str, int] = attrs.field(factory=dict)
    by_category: dict[str, int] = attrs.field(factory=dict)
    by_duty: dict[str, dict[str, int]] = attrs.field(factory=dict)
    duplicates: int = 0
    failures: list[str] = attrs.field(factory=list)
    unknown_facts: dict[str, int] = attrs.field(factory=dict)

    def add(self, row: Mapping[str, Any]) -> None:
        """Count one row."""
        self.total += 1
        _bump(self.by_status, row["status"])
        if row.get("duplicate"):
            self.duplicates += 1
        for path in row.get("unknown_facts") or ():
            _bump(self.unknown_facts, path)
        if row["status"] == ImportStatus.FAILED.value:
            if len(self.failures) < MAX_LISTED_FAILURES:
                self.failures.extend(row["problems"][: MAX_LISTED_FAILURES - len(self.failures)])
            return
        _bump(self.by_risk, row["risk"])
        outcomes = row["outcomes"]
        for det_id, outcome in outcomes.items():
            _bump(self.by_outcome.setdefault(det_id, {}), outcome)
        for duty in duties():
            outcome = row.get(duty._value_)
            if outcome is not None:
                _bump(self.by_duty.setdefault(duty._value_, {}), outcome)
        for category in row["data_categories"]:
            _bump(self.by_category, category)

    @property
    def failed(self) -> int:
        """Rows whose record could not be imported or assessed."""
        return self.by_status.get(ImportStatus.FAILED.value, 0)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready counts, keys sorted within each table."""
        return {
            "total": self.total,
            "by_status": _sorted(self.by_status),
            "duplicates": self.duplicates,
            "by_risk": _sorted(self.by_risk),
            "by_duty": {k: _sorted(v) for k, v in sorted(self.by_duty.items())},
            "by_outcome": {k: _sorted(v) for k, v in sorted(self.by_outcome.items())},
            "by_category": _sorted(self.by_category),
            "unknown_facts": _sorted(self.unknown_facts),
            "failures": list(self.failures),
        }

    def to_text(self) -> str:
        """A plain-text summary (for standard error at the end of a run)."""
        lines = [f"{self.total:,} incidents"]

        def table(title: str, counts: Mapping[str, int]) -> None:
            lines.append(f"{title}:")
            width = max((len(k) for k in counts), default=0)
            for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                lines.append(f"  {key:<{width}}  {n:>7,}")

        status = dict(self.by_status)
        lines[0] += (
            f": {status.get('full', 0):,} imported fully, {status.get('partial', 0):,} "
            f"partially (facts left unknown), {status.get('failed', 0):,} failed; "
            f"{self.duplicates:,} duplicate ids renamed"
        )
        table("risk level", self.by_risk)
        for duty, counts in self.by_duty.items():
            table(f"{duty.replace('_', ' ')} (every regime)", counts)
        for det_id, counts in self.by_outcome.items():
            table(det_id, counts)
        table("data categories", self.by_category)
        if self.unknown_facts:
            table("facts left unknown by the import", self.unknown_facts)
        if self.failed:
            lines.append(f"import failures ({self.failed:,}; first {len(self.failures)}):")
            lines.extend(f"  {m}" for m in self.failures)

        return "\n".join(one_line(line) for line in lines) + "\n"


def _bump(counts: dict[str, int], key: str) -> None:
    counts[key] = counts.get(key, 0) + 1


def _sorted(counts: Mapping[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items()))


# --- writing ------------------------------------------------------------------------------

CSV_COLUMNS: Final = (
    "record",
    "id",
    "status",
    "duplicate",
    "risk",
    "<determination ids>",
    "<duties>",
    "missing_facts",
    "unknown_facts",
    "data_categories",
    "problems",
)
"""The CSV columns; ``<determination ids>`` stands for one column per determination of
every registered regime, ``<duties>`` for two per duty: ``<duty>`` (the outcome combined
across regimes) and ``<duty>_due`` (the soonest due instant)."""


@functools.cache
def _csv_header() -> tuple[str, ...]:
    i = CSV_COLUMNS.index("<determination ids>")
    by_duty = [name for duty in duties() for name in (duty.value, f"{duty.value}_due")]
    return (*CSV_COLUMNS[:i], *determination_ids(), *by_duty, *CSV_COLUMNS[i + 2 :])


def _cell(value: object, sep: str = ";") -> str | int:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return csv_cell(sep.join(str(v) for v in value))
    return csv_cell(value if isinstance(value, int) else str(value))


def _csv_cells(row: Mapping[str, Any]) -> list[str | int]:
    cells = []
    for column in _csv_header():
        if column == "problems":
            cells.append(_cell(row["problems"], " | "))
        elif column in row:
            cells.append(_cell(row[column]))
        else:
            cells.append(_cell(row["outcomes"].get(column)))
    return cells


def write_jsonl(rows: Iterable[Row], out: IO[str], *, summary: Summary | None = None) -> int:
    """Write one JSON object per row (keys in a fixed order); return the number written."""
    n = 0
    for row in rows:
        if summary is not None:
            summary.add(row)
        out.write(dumps_json(row) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[Row], out: IO[str], *, summary: Summary | None = None) -> int:
    """Write a header and one CSV line per row (deterministic); return the rows written."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_csv_header())
    n = 0
    for row in rows:
        if summary is not None:
            summary.add(row)
        writer.writerow(_csv_cells(row))
        n += 1
    return n


# --- progress -----------------------------------------------------------------------------


class Progress:
    r"""A one-line progress bar on a terminal, redrawn at most every ``interval`` seconds.

    It writes nothing unless ``enabled`` (by default: ``stream.isatty()``), so that
    pipes and log files stay clean.

    >>> import io
    >>> out = io.StringIO()
    >>> p = Progress(out, total=10)
    >>> p.update(5); p.close(); out.getvalue()
    ''
    >>> p = Progress(out, total=10, enabled=True, clock=lambda: 0.0)
    >>> p.update(5); p.close()
    >>> out.getvalue().endswith("\n") and "10/10" in out.getvalue()
    True
    """

    def __init__(
        self,
        stream: IO[str] | None = None,
        *,
        total: int | None = None,
        label: str = "assessed",
        interval: float = 0.1,
        enabled: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.label = label
        self.interval = interval
        self.clock = clock
        self.enabled = _isatty(self.stream) if enabled is None else enabled
        self.started = clock()
        self.last_draw = float("-inf")
        self.done = 0

    def update(self, done: int) -> None:
        """Record progress; redraw if the interval has passed."""
        self.done = done
        if not self.enabled:
            return
        now = self.clock()
        if now - self.last_draw >= self.interval:
            self.last_draw = now
            self._draw(now)

    def close(self) -> None:
        """Draw the final state and end the line."""
        if not self.enabled:
            return
        if self.total is not None:
            self.done = max(self.done, self.total)
        self._draw(self.clock())
        self.stream.write("\n")
        self.stream.flush()

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        if self.total:
            frac = min(self.done / self.total, 1.0)
            width = 30
            bar = "#" * int(frac * width) + "." * (width - int(frac * width))
            text = f"\r[{bar}] {frac:4.0%} {self.done:,}/{self.total:,} {self.label}"
        else:
            text = f"\r{self.done:,} {self.label}"
        self.stream.write(f"{text}  {rate:,.0f}/s ")
        self.stream.flush()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
