"""The one-screen overview (the default text of `assess`) and the detail never disagree."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from breachmodel.assessment import assess
from breachmodel.cli import main
from breachmodel.overview import controller_overview, format_local
from breachmodel.serialization import load

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
AS_OF = "2024-02-01T12:00:00+01:00"
AS_OFS = [None, AS_OF, "2024-12-31T12:00:00+01:00"]

_HEAD = re.compile(r"^\S.*$")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["assess", *argv]) == 0
    return capsys.readouterr().out


def _summary_blocks(text: str) -> dict[str, dict[str, str]]:
    """Controller name -> its overview lines (Authority, Notify by, Status, Tell the people)."""
    blocks: dict[str, dict[str, str]] = {}
    lines = text.splitlines()
    for n, line in enumerate(lines):
        if line.startswith("  Authority:"):
            name = lines[n - 1]
            fields = dict(ln.strip().split(":", 1) for ln in lines[n : n + 4])
            blocks[name] = {k: v.strip() for k, v in fields.items()}
    return blocks


def _detail_sections(text: str) -> dict[str, str]:
    """Controller name -> its section of the detailed text."""
    parts = re.split(r"^(?=Assessment of incident )", text, flags=re.M)
    out = {}
    for part in parts:
        m = re.search(r"^Controller: (.*)$", part, flags=re.M)
        if part.startswith("Assessment of incident") and m:
            out[m.group(1)] = part
    return out


def _determination(section: str, det_id: str) -> str:
    start = section.index(f"({det_id}): ")
    end = section.find("\n\n", start)
    return section[start : end if end > 0 else None]


def _outcome(determination: str) -> str:
    return determination.splitlines()[0].split(": ", 1)[1]


def _expected_from_detail(section: str) -> dict[str, str]:
    notify = _determination(section, "gdpr.art33.notify_authority")
    outcome = _outcome(notify)
    expected = {}
    if outcome == "REQUIRED":
        due = re.search(r"Deadline: .*, (\d{4}-\d\d-\d\dT[\d:]+[+-]\d\d:\d\d)\.$", notify, re.M)
        zone = re.search(r"\(([A-Za-z_]+/[A-Za-z_]+|UTC)\), \d{4}-", notify)
        assert due is not None, notify
        assert zone is not None, notify
        expected["Notify by"] = format_local(datetime.fromisoformat(due.group(1)), zone.group(1))
        status = re.search(r"^  Status: (.*)$", notify, re.M)
        assert status is not None
        expected["Status"] = status.group(1)
    elif outcome == "NOT REQUIRED":
        expected["Notify by"] = "no notification required (Art. 33(1) GDPR)"
    individual = _outcome(_determination(section, "gdpr.art34.communicate_subjects"))
    public = _outcome(_determination(section, "gdpr.art34.public_communication"))
    if individual == "REQUIRED":
        expected["form"] = "individual"
    elif public == "REQUIRED":
        expected["form"] = "public"
    elif "UNDETERMINED" in (individual, public):
        expected["form"] = "undetermined"
    else:
        expected["form"] = "none"
    recipients = re.search(r"^  Recipients: (.*)$", notify, re.M)
    if recipients:
        expected["ids"] = recipients.group(1)
    return expected


@pytest.mark.parametrize("as_of", AS_OFS, ids=lambda v: v or "no-as-of")
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_summary_and_detail_never_disagree(
    path: Path, as_of: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = [] if as_of is None else ["--as-of", as_of]
    summary = _run(capsys, str(path), *extra)
    detail = _run(capsys, str(path), "--detail", *extra)
    blocks = _summary_blocks(summary)
    sections = _detail_sections(detail)
    assert blocks
    assert set(blocks) == set(sections)
    for name, block in blocks.items():
        expected = _expected_from_detail(sections[name])
        for key in ("Notify by", "Status"):
            if key in expected:
                assert block[key] == expected[key], (name, key)
        assert block["Tell the people"].split(":", 1)[0] == expected["form"], name
        for authority_id in expected.get("ids", "").split(", "):
            assert authority_id in block["Authority"], name


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_the_first_run_fits_on_one_screen(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, str(path), "--as-of", AS_OF)
    assert len(out.splitlines()) <= 50
    assert all(len(line) <= 100 for line in out.splitlines()[1:]), "the title is the file's"
    assert "UTC (UTC)" not in out
    assert "Risk: risk" not in out
    assert "_" not in "".join(line for line in out.splitlines() if line.startswith("  Status"))


def test_summary_names_the_authority_local_time_and_the_public_form(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = _run(capsys, str(ROOT / "examples" / "viamedis-almerys-processor.json"))
    blocks = _summary_blocks(out)
    atlas = blocks["Atlas Santé Collective (fictional)"]
    assert atlas["Authority"] == "CNIL (FR), fr-cnil"
    assert atlas["Notify by"] == "2 Feb 2024 09:00 Paris time (Europe/Paris, UTC+01:00)"
    assert atlas["Tell the people"].startswith("public: ")
    escaut = blocks["Escaut Assurances Santé SA (fictional)"]
    assert "(Europe/Brussels, UTC+01:00)" in escaut["Notify by"]
    assert "Brussels time" in escaut["Notify by"]


def test_utc_is_named_once() -> None:
    from datetime import UTC

    from breachmodel.clocks._local import format_instant, zone

    instant = datetime(2024, 1, 30, 19, tzinfo=UTC)
    assert format_instant(instant, zone("UTC")) == "Tuesday 30 January 2024, 19:00:00 UTC"
    assert format_local(instant, "UTC") == "30 Jan 2024 19:00 UTC"


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_summary_tables_give_the_deadline_in_local_time(
    fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(capsys, str(ROOT / "examples" / "viamedis-almerys.json"), "--format", fmt)
    assert "2 Feb 2024 18:00 Paris time (Europe/Paris, UTC+01:00)" in out
    assert "Due (UTC)" not in out


def test_the_overview_cites_the_provision_that_decides_not_a_fixed_article() -> None:
    incident = load(ROOT / "examples" / "telecom-operator-fr.json")
    only_eprivacy = controller_overview(assess(incident, regimes=["eprivacy"]))
    assert "Art. 34" not in only_eprivacy.tell_people
    assert "611/2013" in only_eprivacy.tell_people


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_missing_start_events_are_named_in_words(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(capsys, str(path))
    assert not re.search(r"missing: [a-z_]+_[a-z_]+\b", out), out
