"""Bulk assessment: streaming, order, bounded memory, summary, writers and the command."""

from __future__ import annotations

import argparse
import csv
import gc
import io
import json
import signal
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from breachmodel import bulk
from breachmodel.bulk import (
    Progress,
    Summary,
    assess_file,
    assess_stream,
    count_records,
    detect_format,
    determination_ids,
    duties,
    in_flight_bound,
    iter_incidents,
    write_csv,
    write_jsonl,
)
from breachmodel.bulk_cli import add_arguments, main, run
from breachmodel.importers import ImportResult, ImportStatus
from breachmodel.model import Incident, Organisation
from breachmodel.serialization import dumps, load

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
VCDB_SAMPLE = DATA / "vcdb_sample.jsonl"
HHS_SAMPLE = DATA / "hhs_sample.csv"
EXAMPLES = [
    ROOT / "examples" / f"{name}.json"
    for name in ("lost-laptop-encrypted", "misdirected-email", "ransomware-with-backups")
]
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture
def incidents_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "incidents.jsonl"
    lines = [dumps(load(p), indent=None) for p in EXAMPLES]
    lines.insert(1, '{"schema_version": "1.0", "id": "broken", "controller": {}}\n')
    lines.insert(2, "\n")
    lines.append("{not json\n")
    lines.append(lines[0])  # a repeated id
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_detect_format(incidents_jsonl: Path, tmp_path: Path) -> None:
    assert detect_format(VCDB_SAMPLE) == "veris-jsonl"
    assert detect_format(HHS_SAMPLE) == "hhs-csv"
    assert detect_format(incidents_jsonl) == "incident-jsonl"
    odd = tmp_path / "odd.txt"
    odd.write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="give the input format"):
        detect_format(odd)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(ValueError, match="first line"):
        detect_format(empty)


def test_iter_incidents_renames_duplicates_in_input_order() -> None:
    results = list(iter_incidents(VCDB_SAMPLE))
    assert [r.record for r in results] == list(range(1, 58))
    renamed = [(r.record, r.incident.id) for r in results if r.duplicate and r.incident]
    assert renamed == [
        (6, "00163384-B4D7-46D5-9E6F-543DFB00F598#6"),
        (52, "18086BDC-29DD-46F7-8A05-A372C392CA95#52"),
        (53, "18086BDC-29DD-46F7-8A05-A372C392CA95#53"),
    ]
    ids = [r.incident.id for r in results if r.incident]
    assert len(ids) == len(set(ids)) == 56


def test_incident_jsonl_rows(incidents_jsonl: Path) -> None:
    rows = list(assess_file(incidents_jsonl))
    assert [r["record"] for r in rows] == [1, 2, 4, 5, 6, 7]
    assert [r["status"] for r in rows] == ["full", "failed", "full", "full", "failed", "full"]
    assert rows[1]["id"] == "broken"
    assert rows[1]["problems"] == [
        "record 2 id 'broken': required field missing; add it @ $.controller.id",
        "record 2 id 'broken': required field missing; add it @ $.controller.name",
    ]
    assert rows[4]["problems"][0].startswith("record 6: not valid JSON")
    assert rows[5]["id"] == f"{rows[0]['id']}#7"
    assert rows[5]["duplicate"] is True
    assert set(rows[0]["outcomes"]) <= set(determination_ids())
    lost = next(r for r in rows if r["id"] == "laptop-theft-2024-03")
    assert lost["outcomes"]["gdpr.art33.notify_authority"] == "not_required"


def test_rows_are_the_same_with_two_processes() -> None:
    one = list(assess_file(VCDB_SAMPLE, processes=1, chunk_size=5))
    two = list(assess_file(VCDB_SAMPLE, processes=2, chunk_size=5, min_pool_records=0))
    assert one == two
    assert [r["record"] for r in two] == list(range(1, 58))


def _worker_state() -> tuple[int, object]:
    return gc.get_freeze_count(), signal.getsignal(signal.SIGINT)


def test_workers_start_warm_with_their_inherited_objects_frozen() -> None:
    # A worker's collections must not walk what it inherited (copy-on-write pages), and
    # Ctrl-C is the parent's to handle.
    with ProcessPoolExecutor(max_workers=1, initializer=bulk._start_worker) as pool:
        frozen, sigint = pool.submit(_worker_state).result()
    assert frozen > 10_000  # the rules and importers loaded by the initializer, at least
    assert sigint == signal.SIG_IGN
    assert gc.get_freeze_count() == 0  # the calling process is left as it was


def test_small_inputs_never_start_a_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a pool was started")

    one = list(assess_file(VCDB_SAMPLE, processes=1))
    monkeypatch.setattr(bulk, "ProcessPoolExecutor", refuse)
    assert list(assess_file(VCDB_SAMPLE, processes=2)) == one  # 57 records: one process
    with pytest.raises(AssertionError, match="a pool was started"):
        list(assess_file(VCDB_SAMPLE, processes=2, min_pool_records=57))


def _small(n: int) -> Incident:
    return Incident(id=f"I-{n}", controller=Organisation(id="c", name="C"))


class _Instrumented:
    """Counts items pulled from the source against rows yielded."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.pulled = 0
        self.yielded = 0
        self.max_in_flight = 0

    def source(self) -> Iterator[ImportResult]:
        for n in range(self.count):
            self.pulled += 1
            self.max_in_flight = max(self.max_in_flight, self.pulled - self.yielded)
            yield ImportResult(incident=_small(n), record=n + 1)


@pytest.mark.parametrize(("processes", "count", "chunk"), [(1, 10_000, 50), (2, 2_000, 25)])
def test_streaming_is_bounded(processes: int, count: int, chunk: int) -> None:
    probe = _Instrumented(count)
    records = []
    for row in assess_stream(probe.source(), processes=processes, chunk_size=chunk):
        probe.yielded += 1
        records.append(row["record"])
    assert records == list(range(1, count + 1))  # in input order
    assert probe.pulled == count
    assert probe.max_in_flight <= in_flight_bound(processes, chunk)
    assert probe.max_in_flight >= chunk  # the bound is not vacuous


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="processes"):
        list(assess_stream([], processes=0))
    with pytest.raises(ValueError, match="chunk_size"):
        list(assess_stream([], chunk_size=0))


def test_summary_counts() -> None:
    summary = Summary()
    for row in assess_file(VCDB_SAMPLE):
        summary.add(row)
    data = summary.to_dict()
    assert data["total"] == 57
    assert data["by_status"] == {"failed": 1, "full": 16, "partial": 40}
    assert data["duplicates"] == 3
    assert data["by_category"] == {
        "credentials": 4,
        "financial": 1,
        "health": 8,
        "identity": 21,
        "payment_card": 4,
    }
    assert sum(data["by_risk"].values()) == 56
    # The GDPR is assessed for every incident; PIPEDA also reaches the two Canadian ones,
    # whose real risk of significant harm is not recorded: undetermined beats not applicable.
    # HIPAA reaches the 11 US organisations whose incident concerns health data (or whose
    # sector is health care): the VCDB does not record whether they are covered entities,
    # so it is undetermined for them.
    assert {k.split(".")[0] for k in data["by_outcome"]} == {"gdpr", "hipaa", "pipeda"}
    assert data["by_outcome"]["pipeda.s10_1.report_opc"] == {"undetermined": 2}
    assert data["by_outcome"]["hipaa.s164_408.notify_secretary"] == {"undetermined": 11}
    gdpr = data["by_outcome"]["gdpr.art33.notify_authority"]
    combined = data["by_duty"]["notify_authority"]
    assert combined["undetermined"] > gdpr["undetermined"] + 2
    assert combined["not_applicable"] < gdpr["not_applicable"] - 2
    assert sum(combined.values()) == 56
    sizes = {"gdpr": 56, "hipaa": 11, "pipeda": 2}
    for det_id, counts in data["by_outcome"].items():
        assert sum(counts.values()) == sizes[det_id.split(".")[0]]
    assert data["failures"] == [
        "record 56 id 'd7aa3260-b122-11e8-ac9c-a56a5b5fabb0': 2018-02 has no day 29 "
        "@ $.timeline.incident.day"
    ]
    text = summary.to_text()
    assert text.startswith(
        "57 incidents: 16 imported fully, 40 partially (facts left unknown), 1 failed; "
        "3 duplicate ids renamed\n"
    )
    assert "2018-02 has no day 29 @ $.timeline.incident.day" in text


def test_writers_are_deterministic() -> None:
    rows = list(assess_file(HHS_SAMPLE))
    out = io.StringIO()
    assert write_csv(rows, out) == 41
    again = io.StringIO()
    write_csv(list(assess_file(HHS_SAMPLE, processes=2, chunk_size=4, min_pool_records=0)), again)
    assert out.getvalue() == again.getvalue()
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(table[0]) == [
        "record",
        "id",
        "status",
        "duplicate",
        "risk",
        *determination_ids(),
        *(name for duty in duties() for name in (duty.value, f"{duty.value}_due")),
        "missing_facts",
        "unknown_facts",
        "data_categories",
        "problems",
    ]
    assert table[0]["id"] == "hhs-1"
    assert table[0]["data_categories"] == "health;identity"
    assert table[0]["unknown_facts"] == "$.effects.confidentiality.exfiltration;$.cause.vectors"
    lines = io.StringIO()
    summary = Summary()
    write_jsonl(rows, lines, summary=summary)
    parsed = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert parsed == rows
    assert summary.total == 41


def test_count_records() -> None:
    assert count_records(VCDB_SAMPLE, "veris-jsonl") == 57
    assert count_records(HHS_SAMPLE, "hhs-csv") == 41


def test_progress_is_silent_off_a_terminal_and_throttled_on_one() -> None:
    quiet = io.StringIO()
    bar = Progress(quiet, total=3)
    bar.update(1)
    bar.close()
    assert quiet.getvalue() == ""
    ticks = iter([0.0, 0.0, 0.05, 0.2, 0.3])
    loud = io.StringIO()
    bar = Progress(loud, total=100, enabled=True, clock=lambda: next(ticks))
    bar.update(1)  # drawn (first)
    bar.update(2)  # 0.05 s later: skipped
    bar.update(3)  # 0.2 s: drawn
    bar.close()
    assert loud.getvalue().count("\r") == 3
    assert loud.getvalue().endswith("\n")
    assert "100/100" in loud.getvalue()


# --- the command ----------------------------------------------------------------------------


def test_command_veris_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(VCDB_SAMPLE)]) == 1  # one record failed
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert len(rows) == 57
    assert "\r" not in captured.err  # no progress bar off a terminal
    assert captured.err.startswith("57 incidents: 16 imported fully")


def test_command_hhs_csv_to_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rows.csv"
    code = main([str(HHS_SAMPLE), "--format", "csv", "--output", str(out), "--processes", "2"])
    assert code == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 42
    assert "41 incidents" in captured.err


def test_command_summary_only_with_as_of(
    incidents_jsonl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            str(incidents_jsonl),
            "--input-format",
            "incident",
            "--summary-only",
            "--as-of",
            "2024-06-01T00:00:00Z",
        ]
    )
    assert code == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "6 incidents: 4 imported fully, 0 partially" in captured.err
    assert "record 6: not valid JSON" in captured.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--as-of", "2024-06-01T00:00:00"], "has no UTC offset"),
        (["--as-of", "yesterday"], "not an ISO 8601 instant"),
        (["--processes", "0"], "--processes"),
    ],
)
def test_command_usage_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(VCDB_SAMPLE), *argv]) == 2
    assert message in capsys.readouterr().err


def test_command_unreadable_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.jsonl")]) == 1
    assert "no such file" in capsys.readouterr().err
    odd = tmp_path / "rows.txt"
    odd.write_text("x\n", encoding="utf-8")
    assert main([str(odd)]) == 2
    assert "--input-format" in capsys.readouterr().err
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text('"a","b"\n"1","2"\n', encoding="utf-8")
    assert main([str(bad_csv)]) == 1
    assert "not an HHS portal export" in capsys.readouterr().err


def test_wiring_into_a_parser_that_has_its_own_format(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = argparse.ArgumentParser(prog="breachmodel assess")
    parser.add_argument("input")
    parser.add_argument("--format", choices=["text", "json", "jsonl", "csv"], default="text")
    parser.add_argument("--as-of")
    add_arguments(parser, skip={"input", "--format", "--as-of"})
    args = parser.parse_args([str(HHS_SAMPLE), "--format", "text"])
    assert run(args) == 2
    assert "bulk input takes jsonl or csv" in capsys.readouterr().err
    args = parser.parse_args([str(HHS_SAMPLE), "--format", "csv", "--summary-only"])
    assert run(args) == 0


@pytest.mark.slow
def test_full_vcdb_bulk_run_with_two_processes() -> None:
    path = SHARED / "vcdb" / "vcdb_validated.jsonl"
    if not path.exists():
        pytest.skip(f"the shared VCDB data is not present at {path}")
    summary = Summary()
    records = []
    for row in assess_file(path, processes=2):
        summary.add(row)
        records.append(row["record"])
    assert records == list(range(1, 8_554))
    assert summary.by_status == {"full": 3_110, "partial": 5_442, "failed": 1}
    assert summary.duplicates == 5
    assert sum(summary.by_duty["notify_authority"].values()) == 8_552
    assert sum(summary.by_risk.values()) == 8_552


@pytest.mark.slow
def test_full_hhs_exports_stream() -> None:
    for name, total in (
        ("hhs_ocr_breach_archive_2024-07.csv", 5_371),
        ("hhs_ocr_breach_under_investigation_2024-07.csv", 908),
    ):
        path = SHARED / "hhs" / name
        if not path.exists():
            pytest.skip(f"the shared HHS data is not present at {path}")
        results = list(iter_incidents(path))
        assert len(results) == total
        assert all(r.status is not ImportStatus.FAILED for r in results)
